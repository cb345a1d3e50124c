import { spawnSync } from "node:child_process";
import os from "node:os";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/assert-permission";
import { inboxSql, listCases } from "@/lib/cases/list-cases";
import { ZCaseFilters } from "@/lib/cases/schemas";
import { connect } from "@/lib/db";
import { env } from "@/lib/env";
import { ensureReferenceData } from "@/lib/reference-data/ensure-reference-data";
import { withScratchDatabase, withScratchDirectory } from "./scratch-database";

/**
 * The inbox at scale: N synthetic brister (100,000 on PostgreSQL, 10,000 on the embedded PGlite), written by SQL
 * in a database of its own, then VACUUM ANALYZE; then the first inbox page with each filter and each sort, a deep
 * page and free-text searches, each timed RUNS times through listCases (as the inbox page calls it). Prints p50
 * and p95 per case and EXPLAIN ANALYZE of the slowest case's queries, and of the slowest search's when that is
 * another case. PostgreSQL only when DATABASE_URL is set.
 * BENCH_INBOX_N, BENCH_INBOX_PGLITE_N and BENCH_INBOX_RUNS change the defaults.
 */

const N_POSTGRES = Number(process.env.BENCH_INBOX_N ?? 100_000);
const N_PGLITE = Number(process.env.BENCH_INBOX_PGLITE_N ?? 10_000);
const RUNS = Number(process.env.BENCH_INBOX_RUNS ?? 30);
const TARGET_P95_MS = 150;

// Words of the kind brister are written in; picked with a skew, so some are common and most are rare.
const WORDS = [
  "kallelse",
  "samordnad",
  "individuell",
  "plan",
  "sip",
  "utskrivning",
  "sjukhuset",
  "hemtjänsten",
  "boendestöd",
  "socialtjänsten",
  "vårdcentralen",
  "psykiatrin",
  "skolan",
  "elevhälsan",
  "barnet",
  "föräldrarna",
  "patienten",
  "brukaren",
  "läkemedel",
  "journal",
  "information",
  "överlämning",
  "väntetid",
  "remiss",
  "besked",
  "telefon",
  "mötet",
  "ställdes",
  "in",
  "utan",
  "att",
  "någon",
  "meddelade",
  "fick",
  "ingen",
  "återkoppling",
  "efter",
  "flera",
  "veckor",
  "kontakt",
  "saknades",
  "mellan",
  "regionen",
  "kommunen",
  "enheten",
  "handläggaren",
  "beslut",
  "insats",
  "trygg",
  "hemgång",
  "larm",
  "nattpatrull",
  "korttidsboende",
  "rehabilitering",
  "arbetsterapeut",
  "fysioterapeut",
  "sjuksköterska",
  "biståndshandläggare",
  "ungdomsmottagning",
  "habilitering",
  "missbruk",
  "beroende",
  "öppenvård",
  "familjehem",
  "placering",
  "skolgång",
  "frånvaro",
  "anmälan",
  "orosanmälan",
  "vårdplan",
  "samtycke",
  "sekretess",
  "tolk",
  "hjälpmedel",
  "rullstol",
  "matdistribution",
  "demens",
  "anhörig",
  "god",
  "man",
  "förvaltare",
  "ekonomi",
  "bostad",
  "avhysning",
  "akuten",
  "ambulans",
  "fredag",
  "helgen",
  "semester",
  "bemanning",
  "vikarie",
  "rutin",
  "dokumentation",
  "uppföljning",
  "avvikelse",
  "läkarintyg",
];

const CASES: { label: string; filters: Record<string, string> }[] = [
  { label: "first page, newest first", filters: {} },
  { label: "sort oldest first", filters: { sortering: "aldst" } },
  { label: "sort by reference", filters: { sortering: "referens" } },
  { label: "sort by status", filters: { sortering: "status" } },
  { label: "filter status", filters: { status: "UNDER_HANDLAGGNING" } },
  { label: "filter year", filters: { ar: "2025" } },
  { label: "filter organisation", filters: { organisation: "$org" } },
  { label: "filter partner", filters: { part: "$partner" } },
  { label: "filter area", filters: { omrade: "$area" } },
  { label: "filter category", filters: { kategori: "$category" } },
  { label: "filter handläggare", filters: { handlaggare: "$user" } },
  { label: "filter no handläggare", filters: { handlaggare: "ingen" } },
  { label: "deep page (page 100)", filters: { sida: "100" } },
  { label: "last page", filters: { sida: "$last" } },
  { label: "search one word", filters: { sok: "hemtjänsten" } },
  { label: "search several words", filters: { sok: "kallelser till vårdplan" } },
  { label: "search a less common word", filters: { sok: "avhysningen" } },
  { label: "search part of a word", filters: { sok: "biståndshand" } },
  { label: "search a measure's words", filters: { sok: "gemensam rutin" } },
  { label: "search a reference", filters: { sok: "BIS-2025-01234" } },
  { label: "search part of a reference", filters: { sok: "2025-0123" } },
  { label: "search a diarienummer", filters: { sok: "SOF 2025/77" } },
  { label: "search + filter status", filters: { sok: "hemtjänsten", status: "INKOMMEN" } },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * A random text of `count` words from WORDS, skewed towards the start of the list. `row` names a column of the
 * outer row, so that PostgreSQL draws a new text for each row instead of once.
 */
function textSql(count: number, row = "g.i"): string {
  const words = `ARRAY[${WORDS.map((w) => `'${w}'`).join(",")}]`;
  return `(SELECT string_agg((${words})[1 + floor(power(random(), 2) * ${WORDS.length})::int], ' ')
    FROM generate_series(1, ${count}) WHERE ${row} IS NOT NULL)`;
}

/** N reports with their areas, categories, partners and measures, by SQL: seconds, not minutes. */
async function makeReports(db: PrismaClient, n: number) {
  await ensureReferenceData(db, { now: new Date() });
  const statuses = "ARRAY['INKOMMEN','REGISTRERAD','UNDER_HANDLAGGNING','ATERKOPPLAD','AVSLUTAD','AVVISAD']";
  await db.$executeRawUnsafe(`
    WITH orgs AS (SELECT array_agg("id" ORDER BY "id") AS ids FROM "Organisation"),
         users AS (SELECT array_agg("id" ORDER BY "id") AS ids FROM "User" WHERE "role" = 'SAMORDNARE')
    INSERT INTO "Report" ("id", "reference", "year", "sequence", "submissionKey", "status", "submittedAt",
      "updatedAt", "reporterName", "reporterEmail", "organisationId", "unit", "reporterRole", "hasConsultedChef",
      "description", "actionsTaken", "dialogueHeld", "participants", "lastActivityAt", "diarienummer", "assigneeId")
    SELECT 'r' || g.i, 'BIS-' || y.year || '-' || lpad(s.seq::text, greatest(4, length(s.seq::text)), '0'),
      y.year, s.seq, 'k' || g.i, ((${statuses})[1 + g.i % 6])::"CaseStatus", t.at, t.at,
      'Rapportör ' || g.i, 'r' || g.i || '@example.se', orgs.ids[1 + g.i % array_length(orgs.ids, 1)],
      'Enhet ' || (g.i % 40), 'Handläggare', g.i % 2 = 0, ${textSql(30)}, ${textSql(12)}, g.i % 3 = 0, '[]',
      t.at, CASE WHEN g.i % 6 > 0 THEN 'SOF ' || y.year || '/' || s.seq END,
      CASE WHEN g.i % 4 > 0 THEN users.ids[1 + g.i % array_length(users.ids, 1)] END
    FROM generate_series(1, ${n}) AS g(i), orgs, users,
      LATERAL (SELECT 2024 + g.i % 3 AS year) y,
      LATERAL (SELECT g.i / 3 + 1 AS seq) s,
      LATERAL (SELECT make_timestamptz(y.year, 1, 1, 8, 0, 0, 'Europe/Stockholm')
        + (g.i / 3) * (interval '364 days' / ${Math.ceil(n / 3)}) AS at) t`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ReportArea" ("reportId", "areaId")
    SELECT r."id", a.ids[1 + (abs(hashtext(r."id")) + k) % array_length(a.ids, 1)]
    FROM "Report" r, (SELECT array_agg("id" ORDER BY "id") AS ids FROM "Area") a, generate_series(0, 1) k
    WHERE k = 0 OR abs(hashtext(r."id")) % 2 = 0
    ON CONFLICT DO NOTHING`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ReportCategory" ("reportId", "categoryId")
    SELECT r."id", c.ids[1 + (abs(hashtext(r."id" || 'c')) + k) % array_length(c.ids, 1)]
    FROM "Report" r, (SELECT array_agg("id" ORDER BY "id") AS ids FROM "Category") c, generate_series(0, 1) k
    WHERE k = 0 OR abs(hashtext(r."id" || 'c')) % 3 = 0
    ON CONFLICT DO NOTHING`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ReportPartner" ("id", "reportId", "organisationId")
    SELECT 'p' || r."id", r."id", o.ids[1 + (abs(hashtext(r."id" || 'p'))) % array_length(o.ids, 1)]
    FROM "Report" r, (SELECT array_agg("id" ORDER BY "id") AS ids FROM "Organisation") o`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Measure" ("id", "reportId", "description", "responsibleParty", "sortOrder")
    SELECT 'm' || r."id" || '-' || k, r."id",
      CASE WHEN abs(hashtext(r."id")) % 500 = 0 THEN 'Gemensam rutin för ' ELSE '' END || ${textSql(10, "k")}, 'Kommunen', k
    FROM "Report" r, generate_series(0, 1) k
    WHERE k = 0 OR abs(hashtext(r."id" || 'm')) % 2 = 0`);
}

async function timeCase(db: PrismaClient, actor: Actor, filters: Record<string, string>) {
  const parsed = ZCaseFilters.parse(filters);
  const first = await listCases(db, actor, parsed);
  const durations: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const t0 = performance.now();
    await listCases(db, actor, parsed);
    durations.push(performance.now() - t0);
  }
  durations.sort((a, b) => a - b);
  // A search counted past its limit shows as "> 1000", as the inbox says "fler än 1 000".
  const found = `${first.totalCapped ? "> " : ""}${first.total}`;
  return { p50: percentile(durations, 50), p95: percentile(durations, 95), found };
}

async function benchmark(title: string, connection: ReturnType<typeof connect>, n: number, target?: number) {
  try {
    const setupStarted = performance.now();
    await connection.migrate();
    const db = connection.prisma;
    const user = await db.user.create({
      data: { email: "bench@example.se", name: "Bench", passwordHash: "x", role: "SAMORDNARE" },
    });
    const actor: Actor = { id: user.id, role: user.role };
    await makeReports(db, n);
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    const setupSeconds = (performance.now() - setupStarted) / 1000;

    const pick = async (sql: string) => (await db.$queryRawUnsafe<{ id: string }[]>(sql))[0]!.id;
    const values: Record<string, string> = {
      $org: await pick(`SELECT "organisationId" AS id FROM "Report" GROUP BY 1 ORDER BY count(*) LIMIT 1`),
      $partner: await pick(
        `SELECT "organisationId" AS id FROM "ReportPartner" GROUP BY 1 ORDER BY count(*) LIMIT 1`,
      ),
      $area: await pick(`SELECT "areaId" AS id FROM "ReportArea" GROUP BY 1 ORDER BY count(*) LIMIT 1`),
      $category: await pick(
        `SELECT "categoryId" AS id FROM "ReportCategory" GROUP BY 1 ORDER BY count(*) LIMIT 1`,
      ),
      $user: user.id,
      $last: String(Math.ceil(n / 25)),
    };
    console.log(`\n${title}: ${n} brister (setup ${setupSeconds.toFixed(0)} s), ${RUNS} runs per case`);
    console.log(`  ${"case".padEnd(30)} ${"found".padStart(7)} ${"p50".padStart(9)} ${"p95".padStart(9)}`);
    // The slowest case of all, and the slowest search (its one query is a different shape), for their plans.
    let slowest = { label: "", p95: -1, filters: {} as Record<string, string> };
    let slowestSearch = slowest;
    let missed = 0;
    for (const { label, filters } of CASES) {
      const resolved = Object.fromEntries(
        Object.entries(filters).map(([key, value]) => [key, values[value] ?? value]),
      );
      const figures = await timeCase(db, actor, resolved);
      const over = target !== undefined && figures.p95 >= target;
      if (over) missed += 1;
      if (figures.p95 > slowest.p95) slowest = { label, p95: figures.p95, filters: resolved };
      if (resolved.sok && figures.p95 > slowestSearch.p95)
        slowestSearch = { label, p95: figures.p95, filters: resolved };
      console.log(
        `  ${label.padEnd(30)} ${figures.found.padStart(7)} ${figures.p50.toFixed(1).padStart(6)} ms ` +
          `${figures.p95.toFixed(1).padStart(6)} ms${over ? "  over target" : ""}`,
      );
    }
    if (target !== undefined) {
      console.log(
        `  target p95 < ${target} ms: ${missed === 0 ? "met in every case" : `missed in ${missed} case(s)`}`,
      );
    }
    for (const [which, { label, filters }] of [
      ["slowest case", slowest],
      ["slowest search", slowestSearch],
    ] as const) {
      if (which === "slowest search" && label === slowest.label) continue;
      const sql = inboxSql(ZCaseFilters.parse(filters));
      const queries = sql.kind === "search" ? { search: sql.search } : { count: sql.count, page: sql.page };
      for (const [name, query] of Object.entries(queries)) {
        const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
          Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`,
        );
        console.log(`\n  EXPLAIN ANALYZE, ${which} "${label}", ${name} query:`);
        for (const row of plan) console.log(`    ${row["QUERY PLAN"]}`);
      }
    }
  } finally {
    await connection.close();
  }
}

async function runTarget(target: string) {
  if (target === "pglite") {
    await withScratchDirectory("bis-bench-inbox", (dir) =>
      benchmark("embedded PGlite (no target)", connect({ kind: "pglite", dir }), N_PGLITE),
    );
    return;
  }
  await withScratchDatabase(env.DATABASE_URL!, "bis_bench_inbox", (url, name) =>
    benchmark(
      `PostgreSQL (${new URL(url).host}, new database ${name})`,
      connect({ kind: "postgres", url }),
      N_POSTGRES,
      TARGET_P95_MS,
    ),
  );
}

// Each database in its own process, so one's memory and caches do not weigh on the other's figures.
const target = process.argv.find((arg) => arg.startsWith("--target="))?.slice("--target=".length);
if (target) {
  await runTarget(target);
} else {
  console.log(`listCases (the inbox), node ${process.version}, ${os.cpus().length} CPUs, ${os.platform()}`);
  for (const each of env.DATABASE_URL ? ["postgresql", "pglite"] : ["pglite"]) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, `--target=${each}`], {
      stdio: "inherit",
    });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
  if (!env.DATABASE_URL) console.log("\nPostgreSQL: skipped (set DATABASE_URL to include it).");
}
