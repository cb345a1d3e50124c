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
