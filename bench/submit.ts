import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import os from "node:os";
import type { Draft, PrismaClient } from "@/generated/prisma/client";
import { connect } from "@/lib/db";
import { env } from "@/lib/env";
import { ensureReferenceData } from "@/lib/reference-data/ensure-reference-data";
import { draftExpiresAt } from "@/lib/reports/draft-expiry";
import { submitReport } from "@/lib/reports/submit-report";
import { WIZARD_STEPS } from "@/lib/reports/wizard-steps";
import { hashCode, generateCode } from "@/lib/security/tokens";
import { buildReportAnswers, loadReferenceLookup } from "@/tests/factories/report-factory";
import { withScratchDatabase, withScratchDirectory } from "./scratch-database";

/**
 * Time to submit N complete drafts through submitReport: one at a time, then CONCURRENCY at a time.
 * On the embedded PGlite (a new directory) and, when DATABASE_URL is set, on a new database on that server.
 * Prints figures only. BENCH_N and BENCH_CONCURRENCY change the defaults.
 */

const N = Number(process.env.BENCH_N ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const MB = 1024 * 1024;

interface Figures {
  label: string;
  seconds: number;
  durations: number[];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function describe({ label, seconds, durations }: Figures): string {
  const sorted = [...durations].sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  return (
    `  ${label.padEnd(24)} ${(durations.length / seconds).toFixed(1).padStart(7)} reports/s` +
    `   p50 ${ms(percentile(sorted, 50))}   p95 ${ms(percentile(sorted, 95))}   p99 ${ms(percentile(sorted, 99))}` +
    `   max ${ms(sorted[sorted.length - 1]!)}`
  );
}

let peakRss = 0;
function sampleMemory() {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

/** Complete drafts written directly (their answers still go through the merged schema inside submitReport). */
async function prepareDrafts(db: PrismaClient, count: number, now: Date, offset: number): Promise<Draft[]> {
  const lookup = await loadReferenceLookup(db);
  const completed = WIZARD_STEPS.map((s) => s.key);
  const rows = Array.from({ length: count }, (_, i) => ({
    resumeCodeHash: hashCode(generateCode()),
    submissionKey: randomUUID(),
    data: { ...buildReportAnswers(lookup, { now, index: offset + i }), completed },
    delEttDoneAt: now,
    expiresAt: draftExpiresAt(now, 90),
  }));
  await db.draft.createMany({ data: rows });
  return db.draft.findMany({ where: { submissionKey: { in: rows.map((r) => r.submissionKey) } } });
}

async function timeSubmissions(
  db: PrismaClient,
  drafts: Draft[],
  concurrency: number,
  label: string,
): Promise<Figures> {
  const durations: number[] = [];
  const queue = [...drafts];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let draft = queue.shift(); draft; draft = queue.shift()) {
        const t0 = performance.now();
        await submitReport(db, draft, new Date());
        durations.push(performance.now() - t0);
        sampleMemory();
      }
    }),
  );
  return { label, seconds: (performance.now() - started) / 1000, durations };
}

async function benchmark(title: string, connection: ReturnType<typeof connect>) {
  try {
    const setupStarted = performance.now();
    await connection.migrate();
    const now = new Date();
    await ensureReferenceData(connection.prisma, { now });
    const sequential = await prepareDrafts(connection.prisma, N, now, 0);
    const concurrent = await prepareDrafts(connection.prisma, N, now, N);
    const setupSeconds = (performance.now() - setupStarted) / 1000;

    // One warm-up submission, so the first query's planning and the client's start-up are not measured.
    await submitReport(connection.prisma, (await prepareDrafts(connection.prisma, 1, now, 2 * N))[0]!, now);
    const rssBefore = process.memoryUsage().rss;
    peakRss = rssBefore;
    const one = await timeSubmissions(connection.prisma, sequential, 1, "one at a time");
    const many = await timeSubmissions(
      connection.prisma,
      concurrent,
      CONCURRENCY,
      `${CONCURRENCY} at a time`,
    );
    const rssAfter = process.memoryUsage().rss;
    const reports = await connection.prisma.report.count();

    console.log(`\n${title} (setup ${setupSeconds.toFixed(1)} s, ${reports} reports stored)`);
    console.log(describe(one));
    console.log(describe(many));
    console.log(
      `  memory                   rss ${(rssBefore / MB).toFixed(0)} MB before, ${(peakRss / MB).toFixed(0)} MB peak, ` +
        `${(rssAfter / MB).toFixed(0)} MB after; heap used ${(process.memoryUsage().heapUsed / MB).toFixed(0)} MB`,
    );
  } finally {
    await connection.close();
  }
}

async function runTarget(target: string) {
  if (target === "pglite") {
    await withScratchDirectory("bis-bench", (dir) =>
      benchmark(`embedded PGlite (${dir})`, connect({ kind: "pglite", dir })),
    );
    return;
  }
  await withScratchDatabase(env.DATABASE_URL!, "bis_bench", (url, name) =>
    benchmark(`PostgreSQL (${new URL(url).host}, new database ${name})`, connect({ kind: "postgres", url })),
  );
}

// Each database in its own process, so the memory figures are that database's alone.
const target = process.argv.find((arg) => arg.startsWith("--target="))?.slice("--target=".length);
if (target) {
  await runTarget(target);
} else {
  console.log(
    `submitReport, N=${N} per run, node ${process.version}, ${os.cpus().length} CPUs, ${os.platform()}`,
  );
  for (const each of env.DATABASE_URL ? ["pglite", "postgresql"] : ["pglite"]) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, `--target=${each}`], {
      stdio: "inherit",
    });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
  if (!env.DATABASE_URL) console.log("\nPostgreSQL: skipped (set DATABASE_URL to include it).");
}
