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
 * How far the hits of a free-text search are counted on the first pages: a common word is found in most brister,
 * and counting all of them would cost more than finding the page. Past it the inbox says "fler än 1 000". On a
 * later page the count goes at least to that page's end, so that the pages up to it are known to exist.
 */
export const SEARCH_COUNT_LIMIT = 1000;

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
 * What the free text finds, as conditions on "Report" r: the report's own text (reference, diarienummer,
 * description, actions taken, the partner's comment), and one of its measures. A match is a Swedish full-text
 * match (every word, in any inflection) or the text itself inside those fields, as a part of a word or a
 * diarienummer. A report is found when either condition holds; inboxSql asks each on its own and unites the
 * answers, so that each side uses its own indexes (migration inbox_search).
 */
function searchConditions(text: string): Prisma.Sql[] {
  const reference = referenceInSearch(text);
  if (reference) return [Prisma.sql`r."reference" = ${reference}`];
  const query = Prisma.sql`websearch_to_tsquery('swedish', ${text})`;
  const pattern = `%${escapeLike(text.toLowerCase())}%`;
  // Trigrams need three characters; a shorter text is matched as words only.
  const matches = (alias: "r" | "m") => {
    const table = Prisma.raw(alias);
    return text.length >= 3
      ? Prisma.sql`(${table}."searchVector" @@ ${query} OR ${table}."searchText" LIKE ${pattern})`
      : Prisma.sql`${table}."searchVector" @@ ${query}`;
  };
  return [
    matches("r"),
    Prisma.sql`EXISTS (SELECT 1 FROM "Measure" m WHERE m."reportId" = r."id" AND ${matches("m")})`,
  ];
}

/** The inbox's filters but the free text, as SQL conditions on "Report" r (the search is inboxSql's). */
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
  return and.length ? Prisma.join(and, " AND ") : Prisma.sql`TRUE`;
}

// The id last, so that pages never overlap when two cases share a time.
const ORDER: Record<TCaseFilters["sortering"], Prisma.Sql> = {
  nyast: Prisma.sql`r."submittedAt" DESC, r."id" DESC`,
  aldst: Prisma.sql`r."submittedAt" ASC, r."id" ASC`,
  referens: Prisma.sql`r."year" ASC, r."sequence" ASC`,
  status: Prisma.sql`r."status" ASC, r."submittedAt" DESC, r."id" DESC`,
};

/**
 * How the inbox finds its page. Without free text: two queries, the exact number of cases and the ids on the page
 * in order. With free text: one query that answers both, `total` (a number) and `ids` (the page, in order).
 *
 * A search asks two questions, reports whose own text matches and reports with a matching measure, each with the
 * other filters, and unites their answers; each question is answered on its own, with its own indexes, and cut
 * short:
 *  - the count takes at most countLimit + 1 cases from each, in no order (a common word's first thousand are found
 *    at once). If neither has more, the union is every case found, counted exactly; if one has, so has the union,
 *    and `total` comes out above countLimit, which means "more than countLimit";
 *  - the page then sorts what a question found when that was all of it (a rare word: at most countLimit cases),
 *    and otherwise takes that question's first offset + PAGE_SIZE cases in the page's order (a common word:
 *    PostgreSQL walks the order's index and stops early). A case on the page is among the first that many of
 *    whichever question found it, so the page is the same as if every match had been gathered and sorted.
 */
export type InboxSql =
  | { kind: "filter"; count: Prisma.Sql; page: Prisma.Sql }
  | { kind: "search"; search: Prisma.Sql; countLimit: number };

export function inboxSql(filters: TCaseFilters): InboxSql {
  const where = caseFilterSql(filters);
  const order = ORDER[filters.sortering];
  const offset = (filters.sida - 1) * PAGE_SIZE;
  if (!filters.sok) {
    return {
      kind: "filter",
      count: Prisma.sql`SELECT count(*) AS "total" FROM "Report" r WHERE ${where}`,
      page: Prisma.sql`SELECT r."id" FROM "Report" r WHERE ${where}
        ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
    };
  }
  // At least to the end of the page, so that the pages up to it are known to exist.
  const countLimit = Math.max(SEARCH_COUNT_LIMIT, filters.sida * PAGE_SIZE);
  const questions = searchConditions(filters.sok).map((found, i) => ({ found, name: Prisma.raw(`q${i}`) }));
  const counted = questions.map(
    (q) => Prisma.sql`${q.name} AS MATERIALIZED (
      SELECT r."id" FROM "Report" r WHERE ${where} AND ${q.found} LIMIT ${countLimit + 1})`,
  );
  // The two branches of each question exclude each other; PostgreSQL runs only the one whose condition holds.
  const onPage = questions.map(
    (q) => Prisma.sql`SELECT "id" FROM ${q.name} WHERE (SELECT count(*) FROM ${q.name}) <= ${countLimit}
      UNION ALL
      (SELECT r."id" FROM "Report" r WHERE (SELECT count(*) FROM ${q.name}) > ${countLimit} AND ${where} AND ${q.found}
        ORDER BY ${order} LIMIT ${offset + PAGE_SIZE})`,
  );
  const all = Prisma.join(
    questions.map((q) => Prisma.sql`SELECT "id" FROM ${q.name}`),
    " UNION ",
  );
  return {
    kind: "search",
    search: Prisma.sql`WITH ${Prisma.join(counted, ", ")}
      SELECT (SELECT count(*) FROM (${all}) found) AS "total",
        ARRAY(SELECT r."id" FROM "Report" r WHERE r."id" IN (${Prisma.join(onPage, " UNION ALL ")})
          ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${offset}) AS "ids"`,
    countLimit,
  };
}

/** The number of cases found (a search's stops past countLimit) and the ids on the page, in order. */
async function findPage(db: PrismaClient, sql: InboxSql): Promise<{ total: number; ids: string[] }> {
  if (sql.kind === "search") {
    const [row] = await db.$queryRaw<{ total: bigint; ids: string[] }[]>(sql.search);
    return { total: Number(row?.total ?? 0), ids: row?.ids ?? [] };
  }
  const [[counted], page] = await Promise.all([
    db.$queryRaw<{ total: bigint }[]>(sql.count),
    db.$queryRaw<{ id: string }[]>(sql.page),
  ]);
  return { total: Number(counted?.total ?? 0), ids: page.map((row) => row.id) };
}

/** The inbox: one page of cases with markers for new/changed and overdue, and counts per status. */
export async function listCases(db: PrismaClient, user: Actor, filters: TCaseFilters, now = new Date()) {
  await assertPermission(db, user, "case:read");
  const sql = inboxSql(filters);
  // The filtering, sorting and paging in SQL (full-text search has no Prisma form), then the page's details.
  const [{ total: counted, ids }, counts, settings] = await Promise.all([
    findPage(db, sql),
    db.report.groupBy({ by: ["status"], _count: { _all: true } }),
    getReminderSettings(db),
  ]);
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
  // A search counted past its limit has found more than countLimit cases: at least one page more than those.
  const totalCapped = sql.kind === "search" && counted > sql.countLimit;
  const total = sql.kind === "search" ? Math.min(counted, sql.countLimit) : counted;
  const countByStatus = Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<
    Record<CaseStatus, number>
  >;
  return {
    /** The number of cases found, or with totalCapped, the number they are more than. */
    total,
    totalCapped,
    /** The number of pages, or with totalCapped, of the pages known to exist (one past the count's end). */
    pageCount: Math.max(1, Math.ceil((totalCapped ? total + 1 : total) / PAGE_SIZE)),
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
