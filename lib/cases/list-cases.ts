import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { CaseStatus } from "@/generated/prisma/enums";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { overdueReasons } from "@/lib/cases/overdue";
import type { TCaseFilters } from "@/lib/cases/schemas";
import { formatReference } from "@/lib/reports/reference-number";
import { getReminderSettings } from "@/lib/settings/reminder-settings";
import { seenState } from "@/lib/cases/seen-state";

export const PAGE_SIZE = 25;

/**
 * A complete reference such as "BIS-2026-0042" (or "bis-2026-42"): looked up exactly, by the unique index. Without
 * the prefix it may as well be part of a diarienummer, so it goes to the text search, which finds references too.
 */
const REFERENCE = /^BIS-(\d{4})-(\d{1,6})$/i;

/** The reference the search text names, when it is one, in its stored form. */
export function referenceInSearch(text: string): string | null {
  const match = REFERENCE.exec(text.trim());
  return match ? formatReference(Number(match[1]), Number(match[2])) : null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Ids of the reports the free text finds: a report whose text (reference, diarienummer, description, actions
 * taken, the partner's comment) or one of whose measures matches. A match is a Swedish full-text match (every
 * word, in any inflection) or the text itself inside those fields, as a part of a word or a diarienummer. The
 * report and measure matches are a union, so each side uses its own indexes (migration inbox_search).
 */
function searchMatches(text: string): Prisma.Sql {
  const reference = referenceInSearch(text);
  if (reference) return Prisma.sql`SELECT "id" FROM "Report" WHERE "reference" = ${reference}`;
  const query = Prisma.sql`websearch_to_tsquery('swedish', ${text})`;
  // Trigrams need three characters; a shorter text is matched as words only.
  const inText =
    text.length >= 3
      ? (column: Prisma.Sql) => Prisma.sql` OR ${column} LIKE ${`%${escapeLike(text.toLowerCase())}%`}`
      : () => Prisma.empty;
  return Prisma.sql`
    SELECT "id" FROM "Report" WHERE "searchVector" @@ ${query}${inText(Prisma.sql`"searchText"`)}
    UNION
    SELECT "reportId" FROM "Measure" WHERE "searchVector" @@ ${query}${inText(Prisma.sql`"searchText"`)}`;
}

/** The inbox's filters as SQL conditions on "Report" r. */
export function caseFilterSql(filters: TCaseFilters): Prisma.Sql {
  const and: Prisma.Sql[] = [];
  if (filters.status) and.push(Prisma.sql`r."status" = ${filters.status}::"CaseStatus"`);
  if (filters.ar) and.push(Prisma.sql`r."year" = ${filters.ar}`);
  if (filters.organisation) and.push(Prisma.sql`r."organisationId" = ${filters.organisation}`);
  if (filters.part) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ReportPartner" p
      WHERE p."reportId" = r."id" AND p."organisationId" = ${filters.part})`);
  }
  if (filters.omrade) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ReportArea" a
      WHERE a."reportId" = r."id" AND a."areaId" = ${filters.omrade})`);
  }
  if (filters.kategori) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ReportCategory" c
      WHERE c."reportId" = r."id" AND c."categoryId" = ${filters.kategori})`);
  }
  if (filters.handlaggare === "ingen") and.push(Prisma.sql`r."assigneeId" IS NULL`);
  else if (filters.handlaggare) and.push(Prisma.sql`r."assigneeId" = ${filters.handlaggare}`);
  if (filters.sok) and.push(Prisma.sql`r."id" IN (${searchMatches(filters.sok)})`);
  return and.length ? Prisma.join(and, " AND ") : Prisma.sql`TRUE`;
}

// The id last, so that pages never overlap when two cases share a time.
const ORDER: Record<TCaseFilters["sortering"], Prisma.Sql> = {
  nyast: Prisma.sql`r."submittedAt" DESC, r."id" DESC`,
  aldst: Prisma.sql`r."submittedAt" ASC, r."id" ASC`,
  referens: Prisma.sql`r."year" ASC, r."sequence" ASC`,
  status: Prisma.sql`r."status" ASC, r."submittedAt" DESC, r."id" DESC`,
};

/** The two queries that filter the inbox: the number of cases found and the ids on the page, in order. */
export function inboxSql(filters: TCaseFilters): { count: Prisma.Sql; page: Prisma.Sql } {
  const where = caseFilterSql(filters);
  const onlySearch = filters.sok && caseFilterSql({ ...filters, sok: undefined }).sql === "TRUE";
  return {
    // A search alone is counted on its own matches, without joining them back to every report.
    count: onlySearch
      ? Prisma.sql`SELECT count(*) AS "total" FROM (${searchMatches(filters.sok!)}) m`
      : Prisma.sql`SELECT count(*) AS "total" FROM "Report" r WHERE ${where}`,
    page: Prisma.sql`SELECT r."id" FROM "Report" r WHERE ${where}
      ORDER BY ${ORDER[filters.sortering]} LIMIT ${PAGE_SIZE} OFFSET ${(filters.sida - 1) * PAGE_SIZE}`,
  };
}

/** The inbox: one page of cases with markers for new/changed and overdue, and counts per status. */
export async function listCases(db: PrismaClient, user: Actor, filters: TCaseFilters, now = new Date()) {
  await assertPermission(db, user, "case:read");
  const sql = inboxSql(filters);
  // The filtering, sorting and paging in SQL (full-text search has no Prisma form), then the page's details.
  const [[counted], page, counts, settings] = await Promise.all([
    db.$queryRaw<{ total: bigint }[]>(sql.count),
    db.$queryRaw<{ id: string }[]>(sql.page),
    db.report.groupBy({ by: ["status"], _count: { _all: true } }),
    getReminderSettings(db),
  ]);
  const ids = page.map((row) => row.id);
  const found = await db.report.findMany({
    where: { id: { in: ids } },
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
  });
  const byId = new Map(found.map((row) => [row.id, row]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  const total = Number(counted?.total ?? 0);
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
