import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { CaseStatus } from "@/generated/prisma/enums";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { overdueReasons } from "@/lib/cases/overdue";
import type { TCaseFilters } from "@/lib/cases/schemas";
import { getReminderSettings } from "@/lib/settings/reminder-settings";
import { seenState } from "@/lib/cases/seen-state";

export const PAGE_SIZE = 25;

/** Builds the where-clause for the inbox's filters. Free text searches the report text and the references. */
export function caseFilterWhere(filters: TCaseFilters): Prisma.ReportWhereInput {
  const and: Prisma.ReportWhereInput[] = [];
  if (filters.status) and.push({ status: filters.status });
  if (filters.ar) and.push({ year: filters.ar });
  if (filters.organisation) and.push({ organisationId: filters.organisation });
  if (filters.part) and.push({ partners: { some: { organisationId: filters.part } } });
  if (filters.omrade) and.push({ areas: { some: { areaId: filters.omrade } } });
  if (filters.kategori) and.push({ categories: { some: { categoryId: filters.kategori } } });
  if (filters.handlaggare === "ingen") and.push({ assigneeId: null });
  else if (filters.handlaggare) and.push({ assigneeId: filters.handlaggare });
  if (filters.sok) {
    const contains = { contains: filters.sok, mode: "insensitive" as const };
    and.push({
      OR: [
        { reference: contains },
        { diarienummer: contains },
        { description: contains },
        { actionsTaken: contains },
        { measures: { some: { description: contains } } },
        { partnerComment: contains },
      ],
    });
  }
  return and.length ? { AND: and } : {};
}

const ORDER: Record<TCaseFilters["sortering"], Prisma.ReportOrderByWithRelationInput[]> = {
  nyast: [{ submittedAt: "desc" }],
  aldst: [{ submittedAt: "asc" }],
  referens: [{ year: "asc" }, { sequence: "asc" }],
  status: [{ status: "asc" }, { submittedAt: "desc" }],
};

/** The inbox: one page of cases with markers for new/changed and overdue, and counts per status. */
export async function listCases(db: PrismaClient, user: Actor, filters: TCaseFilters, now = new Date()) {
  await assertPermission(db, user, "case:read");
  const where = caseFilterWhere(filters);
  const [total, rows, counts, settings] = await Promise.all([
    db.report.count({ where }),
    db.report.findMany({
      where,
      orderBy: ORDER[filters.sortering],
      skip: (filters.sida - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        reference: true,
        submittedAt: true,
        status: true,
        dialogueHeld: true,
        lastActivityAt: true,
        organisation: { select: { name: true } },
        partners: { select: { otherName: true, organisation: { select: { name: true } } } },
        areas: { select: { area: { select: { name: true } } } },
        categories: { select: { category: { select: { name: true } } } },
        assignee: { select: { name: true } },
        views: { where: { userId: user.id }, select: { seenAt: true } },
        messages: { where: { fromReporter: false }, select: { id: true }, take: 1 },
      },
    }),
    db.report.groupBy({ by: ["status"], _count: { _all: true } }),
    getReminderSettings(db),
  ]);
  const countByStatus = Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<
    Record<CaseStatus, number>
  >;
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    countByStatus,
    cases: rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      submittedAt: row.submittedAt,
      status: row.status,
      organisation: row.organisation.name,
      partners: row.partners.map((p) => p.organisation?.name ?? p.otherName ?? "").filter(Boolean),
      areas: row.areas.map((a) => a.area.name),
      categories: row.categories.map((c) => c.category.name),
      assignee: row.assignee?.name ?? null,
      seenState: seenState(row.views[0]?.seenAt, row.lastActivityAt),
      overdue: overdueReasons(
        {
          status: row.status,
          submittedAt: row.submittedAt,
          dialogueHeld: row.dialogueHeld,
          hasCoordinatorMessage: row.messages.length > 0,
        },
        settings,
        now,
      ),
    })),
  };
}
