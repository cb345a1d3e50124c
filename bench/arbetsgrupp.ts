import { randomUUID } from "node:crypto";
import os from "node:os";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { loadStatisticsPage } from "@/lib/anonymised-cases/load-statistics";
import { listStatisticsCases } from "@/lib/anonymised-cases/list-statistics-cases";
import { monthLabel } from "@/lib/anonymised-cases/labels";
import {
  appendixRows,
  type AnnualReportData,
  type ReportExample,
} from "@/lib/annual-report/annual-report-data";
import { buildAnnualReportDocx } from "@/lib/annual-report/build-annual-report-docx";
import type { Actor } from "@/lib/auth/assert-permission";
import { connect } from "@/lib/db";
import { ensureReferenceData } from "@/lib/reference-data/ensure-reference-data";
import { buildStatisticsWorkbook } from "@/lib/statistics/build-statistics-workbook";
import { computeYearStatistics } from "@/lib/statistics/compute";
import { publishYearStatistics } from "@/lib/statistics/publish";
import { statisticsView } from "@/lib/statistics/statistics-view";
import type { Huvudman, NamedRef, OrganisationRef, SolvedState, StatCase } from "@/lib/statistics/types";
import { createUser } from "@/lib/users/create-user";
import { DEMO_ANNUAL_REPORT_2025 } from "@/tests/factories/demo-annual-report";

/**
 * `npm run bench:arbetsgrupp`: the arbetsgrupp's year at a scale far beyond the real one (about 30 brister a year):
 * a synthetic year of BENCH_CASES (10,000) anonymised brister. Times, as median and max of BENCH_RUNS runs after a
 * warm-up, the statistics page's data path on an in-memory PGlite holding them in the real tables (load through
 * listStatisticsCases, compute, publish), and the pure builders of the .xlsx and the annual report's .docx from the
 * same brister as `StatCase[]`. Prints the machine, the date and a table; the target is under 2 s each.
 */

const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const YEAR = 2025;
const TARGET_MS = 2000;
const MB = 1024 * 1024;
const BATCH = 1000;

/** A small deterministic generator (mulberry32), so every run builds the same year. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Reference {
  categories: NamedRef[];
  areas: NamedRef[];
  organisations: OrganisationRef[];
}

/** The synthetic brister: a few categories and areas each (the common ones more often), every organisation. */
function syntheticYear(reference: Reference, count: number): StatCase[] {
  const next = random(2025);
  const pick = <T>(items: readonly T[], skew = 1) =>
    items[Math.floor(Math.pow(next(), skew) * items.length)]!;
  const some = <T>(items: readonly T[], max: number, skew: number) => [
    ...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(items, skew))),
  ];
  const solved: (SolvedState | null)[] = ["JA", "JA", "DELVIS", "NEJ", null];
  const days = (max: number) => (next() < 0.1 ? null : Math.floor(next() * max));
  return Array.from({ length: count }, (_, i): StatCase => {
    const month = 1 + Math.floor(next() * 12);
    const reporter = pick(reference.organisations, 1.3);
    const partners = some(reference.organisations, 2, 1.2).filter((o) => o.id !== reporter.id);
    const withheld = next() < 0.03;
    return {
      id: `bench-${i}`,
      reference: `BIS-${YEAR}-${String(i + 1).padStart(5, "0")}`,
      year: YEAR,
      eventMonth: next() < 0.15 ? null : `${YEAR}-${String(month).padStart(2, "0")}`,
      submittedMonth: `${YEAR}-${String(month).padStart(2, "0")}`,
      categories: some(reference.categories, 3, 1.8),
      areas: some(reference.areas, 3, 1.5),
      reporterOrganisation: withheld ? null : reporter,
      reporterHuvudman: reporter.huvudman,
      partnerOrganisations: partners,
      partnerHuvudman: [...new Set(partners.map((p) => p.huvudman))],
      solved: pick(solved),
      escalated: next() < 0.12,
      daysEventToReport: days(60),
      daysReportToRegistration: days(10),
      daysRegistrationToFirstFeedback: days(40),
    };
  });
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

const DAY_MS = 86_400_000;

/**
 * The same brister in the real tables, written with createMany: each as an AVSLUTAD report with an approved
 * anonymised record, its categories (half of them through an arbetsgrupp review), areas, the registration's audit
 * row and a first återkoppling, so listStatisticsCases reads what it reads in the app.
 */
async function storeYear(db: PrismaClient, cases: readonly StatCase[], userId: string) {
  const ids = cases.map(() => randomUUID());
  const at = (c: StatCase, extraDays: number) =>
    new Date(Date.parse(`${c.submittedMonth}-10T09:00:00Z`) + extraDays * DAY_MS);
  const reports: Prisma.ReportCreateManyInput[] = cases.map((c, i) => ({
    id: ids[i]!,
    reference: c.reference,
    year: c.year,
    sequence: i + 1,
    submissionKey: randomUUID(),
    status: "AVSLUTAD",
    submittedAt: at(c, 0),
    reporterName: "Testperson",
    reporterEmail: "rapportor@example.se",
    organisationId: (c.reporterOrganisation ?? cases[0]!.reporterOrganisation!).id,
    unit: "Enhet",
    reporterRole: "Roll",
    hasConsultedChef: true,
    eventDate: c.daysEventToReport === null ? null : at(c, -c.daysEventToReport),
    eventMonth: c.daysEventToReport === null ? c.eventMonth : null,
    description: "Syntetisk brist för mätning.",
    actionsTaken: "Inga.",
    dialogueHeld: true,
    participants: [],
    isSolved: c.solved,
    needsEscalation: c.escalated,
    closedAt: at(c, 60),
  }));
  await inBatches(reports, (data) => db.report.createMany({ data }));
  await inBatches(
    cases.map((c, i) => ({
      reportId: ids[i]!,
      year: c.year,
      sections: [{ key: "description", label: "Händelsen", text: "Syntetisk brist för mätning." }],
      eventMonth: c.eventMonth,
      organisationId: c.reporterOrganisation?.id ?? null,
      organisationWithheld: c.reporterOrganisation === null,
      reporterHuvudman: c.reporterHuvudman,
      partnerOrganisationIds: c.partnerOrganisations.map((p) => p.id),
      partnerHuvudman: c.partnerHuvudman as Huvudman[],
      state: "GODKAND" as const,
      redactedById: userId,
      redactedAt: at(c, 40),
      approvedById: userId,
      approvedAt: at(c, 41),
    })),
    (data) => db.anonymisedCase.createMany({ data }),
  );
  const categoryRows = cases.flatMap((c, i) =>
    c.categories.map((cat) => ({ reportId: ids[i]!, categoryId: cat.id })),
  );
  await inBatches(categoryRows, (data) => db.reportCategory.createMany({ data }));
  const reviewed = cases.flatMap((c, i) => (i % 2 === 0 ? [{ c, id: ids[i]! }] : []));
  await inBatches(
    reviewed.map(({ c, id }) => ({
      reportId: id,
      year: c.year,
      reviewedById: userId,
      reviewedAt: at(c, 70),
    })),
    (data) => db.caseReview.createMany({ data }),
  );
  await inBatches(
    reviewed.flatMap(({ c, id }) => c.categories.map((cat) => ({ reportId: id, categoryId: cat.id }))),
    (data) => db.reviewCategory.createMany({ data }),
  );
  await inBatches(
    cases.flatMap((c, i) => c.areas.map((area) => ({ reportId: ids[i]!, areaId: area.id }))),
    (data) => db.reportArea.createMany({ data }),
  );
  await inBatches(
    cases.flatMap((c, i) =>
      c.daysReportToRegistration === null
        ? []
        : [
            {
              action: "CASE_REGISTERED",
              actorId: userId,
              actorLabel: userId,
              reportId: ids[i]!,
              createdAt: at(c, c.daysReportToRegistration),
              data: { statusFrom: "INKOMMEN", statusTo: "REGISTRERAD" },
            },
          ],
    ),
    (data) => db.auditLog.createMany({ data }),
  );
  await inBatches(
    cases.flatMap((c, i) =>
      c.daysReportToRegistration === null || c.daysRegistrationToFirstFeedback === null
        ? []
        : [
            {
              reportId: ids[i]!,
              fromReporter: false,
              authorId: userId,
              body: "Återkoppling.",
              createdAt: at(c, c.daysReportToRegistration + c.daysRegistrationToFirstFeedback),
            },
          ],
    ),
    (data) => db.message.createMany({ data }),
  );
}

/** The annual report's data as loadAnnualReportData gives it, built from the brister without a database. */
function annualReportData(cases: readonly StatCase[], reference: Reference): AnnualReportData {
  const statistics = publishYearStatistics(
    computeYearStatistics(YEAR, cases, { categories: reference.categories }),
    { threshold: 3 },
  );
  const examples: ReportExample[] = cases.slice(0, 6).map((c, i) => ({
    id: c.id,
    reference: c.reference,
    month: monthLabel(c.eventMonth),
    categories: c.categories.map((cat) => cat.name),
    isReportExample: i < 4,
    isFocusCase: i >= 4,
    texts: [
      {
        label: "Händelsen",
        text: "En syntetisk händelse, beskriven i ett par meningar för att mäta exporten.",
      },
      { label: "Vidtagna åtgärder", text: "Parterna hade dialog och kom överens om åtgärder." },
    ],
  }));
  return {
    year: YEAR,
    serviceName: "Brister i samverkan",
    samradName: "Delregionalt samråd psykiatri Nordväst",
    hostOrganisation: "Helsingborgs stad",
    madeOn: "1 december 2026",
    sections: DEMO_ANNUAL_REPORT_2025,
    statistics,
    examples,
    appendix: appendixRows(cases, statistics),
  };
}

interface Timing {
  label: string;
  runs: number[];
  rss: number;
  note: string;
}

async function time(label: string, note: string, run: () => Promise<unknown> | unknown): Promise<Timing> {
  await run(); // warm-up: module loading, the first query's planning, the JIT
  const runs: number[] = [];
  let rss = process.memoryUsage().rss;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    runs.push(performance.now() - started);
    rss = Math.max(rss, process.memoryUsage().rss);
  }
  return { label, runs, rss, note };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function table(timings: Timing[]): string {
  const rows = timings.map((t) => {
    const max = Math.max(...t.runs);
    return [
      t.label,
      `${median(t.runs).toFixed(0)} ms`,
      `${max.toFixed(0)} ms`,
      `${(t.rss / MB).toFixed(0)} MB`,
      max < TARGET_MS ? "ok" : "OVER",
      t.note,
    ];
  });
  const header = ["", "median", "max", "peak rss", `< ${TARGET_MS / 1000} s`, ""];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ");
  return [line(header), ...rows.map(line)].map((l) => `  ${l.trimEnd()}`).join("\n");
}

const cpus = os.cpus();
console.log(
  `arbetsgrupp: ${CASES.toLocaleString("en")} brister in ${YEAR}, ${RUNS} runs each after a warm-up; ` +
    `node ${process.version}, ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? "unknown"}), ${os.platform()}, ` +
    `load ${os.loadavg()[0]!.toFixed(1)}, ${new Date().toISOString()}`,
);

const connection = connect({ kind: "pglite", dir: "memory://" });
try {
  const db = connection.prisma;
  const setupStarted = performance.now();
  await connection.migrate();
  await ensureReferenceData(db, { now: new Date(`${YEAR}-01-02T09:00:00Z`) });
  const [categories, areas, organisations] = await Promise.all([
    db.category.findMany({
      where: { year: YEAR },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true },
    }),
    db.area.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
    db.organisation.findMany({
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, huvudman: true },
    }),
  ]);
  const reference: Reference = { categories, areas, organisations };
  const user = await createUser(
    db,
    {
      email: "arbetsgrupp@example.se",
      name: "Arbetsgrupp",
      role: "ARBETSGRUPP",
      password: "ett-langt-losenord-1",
    },
    null,
  );
  const reader: Actor = { id: user.id, role: user.role };
  const cases = syntheticYear(reference, CASES);
  await storeYear(db, cases, user.id);
  const stored = await listStatisticsCases(db, reader, { years: [YEAR] });
  if (stored.length !== CASES) throw new Error(`Expected ${CASES} stored brister, read ${stored.length}.`);
  console.log(
    `  setup: migrated, ${CASES.toLocaleString("en")} brister stored in ` +
      `${((performance.now() - setupStarted) / 1000).toFixed(1)} s; rss ${(process.memoryUsage().rss / MB).toFixed(0)} MB`,
  );

  const data = annualReportData(cases, reference);
  let docxBytes = 0;
  let xlsxBytes = 0;
  const timings = [
    await time("statistics page: load + compute + publish", "PGlite, loadStatisticsPage", () =>
      loadStatisticsPage(db, reader, { year: YEAR, thisYear: YEAR + 1 }),
    ),
    await time("  of which listStatisticsCases", "PGlite", () =>
      listStatisticsCases(db, reader, { years: [YEAR] }),
    ),
    await time("  of which compute + publish", "pure, statisticsView", () =>
      statisticsView({ year: YEAR, cases, references: { [YEAR]: { categories } } }),
    ),
    await time(".xlsx build", "pure, buildStatisticsWorkbook", async () => {
      xlsxBytes = (
        await buildStatisticsWorkbook({ year: YEAR, cases, references: { [YEAR]: { categories } } })
      ).length;
    }),
    await time(".docx build", "pure, buildAnnualReportDocx", async () => {
      docxBytes = (await buildAnnualReportDocx(data)).length;
    }),
  ];
  console.log(table(timings));
  console.log(
    `  files: .xlsx ${(xlsxBytes / 1024).toFixed(0)} kB, .docx ${(docxBytes / 1024).toFixed(0)} kB ` +
      `(its appendix lists all ${CASES.toLocaleString("en")} brister)`,
  );
} finally {
  await connection.close();
}
