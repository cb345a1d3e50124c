import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { monthLabel, READABLE_RECORD } from "@/lib/anonymised-cases/labels";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";

/**
 * The anonymised brister the arbetsgrupp can read, optionally of one year: the record's own coarse fields and,
 * from the case, only its reference, status and the names of its categories and areas.
 */
export async function listAnonymisedCases(
  db: PrismaClient,
  user: Actor | null,
  filter: { year?: number } = {},
) {
  await assertPermission(db, user, "anonymised:read");
  const rows = await db.anonymisedCase.findMany({
    where: { ...READABLE_RECORD, ...(filter.year ? { year: filter.year } : {}) },
    orderBy: [{ year: "desc" }, { report: { sequence: "asc" } }],
    take: 500,
    select: {
      reportId: true,
      year: true,
      eventMonth: true,
      report: {
        select: {
          reference: true,
          status: true,
          categories: { select: { category: { select: { name: true } } } },
          areas: { select: { area: { select: { name: true } } } },
        },
      },
    },
  });
  return rows.map((row) => ({
    id: row.reportId,
    reference: row.report.reference,
    year: row.year,
    month: monthLabel(row.eventMonth),
    status: row.report.status,
    categories: row.report.categories.map((c) => c.category.name).sort((a, b) => a.localeCompare(b, "sv")),
    areas: row.report.areas.map((a) => a.area.name).sort((a, b) => a.localeCompare(b, "sv")),
  }));
}

export type AnonymisedCaseListItem = Awaited<ReturnType<typeof listAnonymisedCases>>[number];

const CATEGORY_REF = { select: { category: { select: { id: true, name: true, sortOrder: true } } } } as const;

type CategoryRow = { category: { id: string; name: string; sortOrder: number } };

function categoryOrder(rows: readonly CategoryRow[]) {
  return rows
    .map((row) => row.category)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "sv"))
    .map(({ id, name }) => ({ id, name }));
}

/**
 * One year's anonymised brister as the arbetsgrupp's review lists them: the record's month and reporting huvudman,
 * from the case only its reference, status, areas, whether it is solved and needs escalation, and the categories
 * that count: the arbetsgrupp's own once it has saved its analysis, the coordinators' until then (as the statistics
 * count them). Whether the analysis is saved and its two flags; never its comment. In the case's order.
 */
export async function listReviewCases(db: PrismaClient, user: Actor | null, filter: { year: number }) {
  await assertPermission(db, user, "anonymised:read");
  const rows = await db.anonymisedCase.findMany({
    where: { ...READABLE_RECORD, year: filter.year },
    orderBy: { report: { sequence: "asc" } },
    take: 2000,
    select: {
      reportId: true,
      year: true,
      eventMonth: true,
      reporterHuvudman: true,
      report: {
        select: {
          reference: true,
          status: true,
          isSolved: true,
          needsEscalation: true,
          categories: CATEGORY_REF,
          areas: { select: { area: { select: { id: true, name: true } } } },
          review: {
            select: { isReportExample: true, isFocusCase: true, categories: CATEGORY_REF },
          },
        },
      },
    },
  });
  return rows.map((row) => {
    const { report } = row;
    const reviewed = report.review !== null;
    const reviewCategories = report.review?.categories ?? [];
    const categories = categoryOrder(reviewCategories.length ? reviewCategories : report.categories);
    const areas = report.areas.map((a) => a.area).sort((a, b) => a.name.localeCompare(b.name, "sv"));
    return {
      id: row.reportId,
      reference: report.reference,
      year: row.year,
      month: monthLabel(row.eventMonth),
      status: report.status,
      reporterHuvudman: row.reporterHuvudman,
      solved: report.isSolved,
      escalated: report.needsEscalation,
      categories,
      categoryIds: categories.map((c) => c.id),
      /** Whose categories `categories` are. */
      categoriesFrom: reviewCategories.length ? ("ARBETSGRUPP" as const) : ("SAMORDNARE" as const),
      areas,
      areaIds: areas.map((a) => a.id),
      reviewed,
      isReportExample: report.review?.isReportExample ?? false,
      isFocusCase: report.review?.isFocusCase ?? false,
    };
  });
}

export type ReviewCaseListItem = Awaited<ReturnType<typeof listReviewCases>>[number];
