import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@/generated/prisma/client";
import { connect, type DbTarget } from "@/lib/db";
import { env } from "@/lib/env";
import { ensureReferenceData } from "@/lib/reference-data/ensure-reference-data";
import { draftExpiresAt } from "@/lib/reports/draft-expiry";
import { DRAFT_COOKIE } from "@/lib/reports/draft-session";
import { WIZARD_STEPS } from "@/lib/reports/wizard-steps";
import { generateCode, hashCode } from "@/lib/security/tokens";
import { buildReportAnswers, loadReferenceLookup } from "@/tests/factories/report-factory";
import { actionId, describeLoad, ensureBuild, load, MB, startServer, type Load } from "./http-server";
import { withScratchDatabase, withScratchDirectory } from "./scratch-database";

/**
 * `next start` over HTTP on loopback, 20 concurrent clients (autocannon), on the embedded PGlite and, when
 * DATABASE_URL is set, on a new database on that server:
 *  - the no-op route handler (/api/noop), the baseline;
 *  - the pages that only show the instance settings, in requests/s beside the no-op route (target ≥ 0.8 ×);
 *  - submitting a complete report as the browser does on "Granska och skicka": the server action's POST with the
 *    Next-Action header and the draft cookie, one prepared complete draft per request (target ≥ 0.5 × the no-op
 *    route's throughput, p99 < 100 ms);
 *  - the server's resident memory at the end of the load and after IDLE_SECONDS without requests, which the
 *    targets are read against (< 450 MB embedded, < 300 MB on PostgreSQL).
 * BENCH_HTTP_SECONDS (per load, default 10) and BENCH_HTTP_SUBMISSIONS (default 1500) change the defaults.
 */

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const SUBMISSIONS = Number(process.env.BENCH_HTTP_SUBMISSIONS ?? 1500);
/** How long the server is left without requests before its memory is read again. */
const IDLE_SECONDS = 30;
const PAGES = ["/", "/rapportera", "/tillganglighet", "/logga-in"];

/** Complete drafts, as bench/submit.ts makes them; returns their resume codes, which the draft cookie holds. */
async function prepareDrafts(db: PrismaClient, count: number): Promise<string[]> {
  const now = new Date();
  const lookup = await loadReferenceLookup(db);
  const completed = WIZARD_STEPS.map((s) => s.key);
  const codes = Array.from({ length: count }, () => generateCode());
  for (let start = 0; start < count; start += 500) {
    await db.draft.createMany({
      data: codes.slice(start, start + 500).map((code, i) => ({
        resumeCodeHash: hashCode(code),
        submissionKey: randomUUID(),
        data: { ...buildReportAnswers(lookup, { now, index: start + i }), completed },
        delEttDoneAt: now,
        expiresAt: draftExpiresAt(now, 90),
      })),
    });
  }
  return codes;
}

async function run(
  title: string,
  target: DbTarget,
  serverEnv: Record<string, string>,
  memoryTargetMb: number,
) {
  // The database is prepared, then closed before the server opens it (a PGlite directory opens in one process).
  const setup = connect(target);
  let codes: string[];
  try {
    await setup.migrate();
    await ensureReferenceData(setup.prisma, { now: new Date() });
    codes = await prepareDrafts(setup.prisma, SUBMISSIONS);
  } finally {
    await setup.close();
  }

  const server = await startServer(serverEnv, 3100 + Math.floor(Math.random() * 800));
  try {
    // Warm-up: each route once, so that compiling and the first database connection are not measured.
    for (const page of ["/api/noop", ...PAGES]) await fetch(`${server.url}${page}`);
    const idleRss = server.rssBytes();
    const noop = await load("no-op route /api/noop", { url: `${server.url}/api/noop`, duration: SECONDS });
    const pages: Load[] = [];
    for (const page of PAGES)
      pages.push(await load(`page ${page}`, { url: `${server.url}${page}`, duration: SECONDS }));

    const submitId = actionId("submitReportAction", "rapportera/granska");
    let next = 0;
    const submit = await load("submit a report (server action)", {
      url: server.url,
      amount: codes.length,
      requests: [
        {
          method: "POST",
          path: "/rapportera/granska",
          headers: {
            "next-action": submitId,
            "content-type": "text/plain;charset=UTF-8",
            accept: "text/x-component",
            origin: server.url,
          },
          // What the browser's `action({})` sends: the arguments encoded by React.
          body: "[{}]",
          setupRequest: (request) => {
            const code = codes[next++ % codes.length]!;
            return { ...request, headers: { ...request.headers, cookie: `${DRAFT_COOKIE}=${code}` } };
          },
        },
      ],
    });
    const noopAfter = await load("no-op route again", { url: `${server.url}/api/noop`, duration: SECONDS });
    const rss = server.rssBytes();
    // V8 gives memory back once the load is over (its memory reducer runs when the process goes idle).
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
    const idleAfterRss = server.rssBytes();

    const check = connect(target);
    let stored: number;
    try {
      stored = await check.prisma.report.count();
    } finally {
      await check.close();
    }

    console.log(`\n${title}`);
    console.log(describeLoad(noop));
    for (const page of pages) console.log(describeLoad(page, noop));
    console.log(describeLoad(submit, noop));
    console.log(describeLoad(noopAfter));
    console.log(`  reports stored: ${stored} of ${codes.length} submitted`);
    const pagesMet = pages.every((p) => p.requestsPerSecond >= 0.8 * noop.requestsPerSecond);
    const submitMet = submit.requestsPerSecond >= 0.5 * noop.requestsPerSecond && submit.p99 < 100;
    console.log(`  target pages ≥ 0.8 × no-op: ${pagesMet ? "met" : "missed"}`);
    console.log(`  target submission ≥ 0.5 × no-op and p99 < 100 ms: ${submitMet ? "met" : "missed"}`);
    console.log(
      `  server memory: rss ${(idleRss / MB).toFixed(0)} MB after warm-up, ${(rss / MB).toFixed(0)} MB at the ` +
        `end of the load, ${(idleAfterRss / MB).toFixed(0)} MB after ${IDLE_SECONDS} s without requests ` +
        `(target < ${memoryTargetMb} MB: ${idleAfterRss / MB < memoryTargetMb ? "met" : "missed"})`,
    );
  } finally {
    await server.stop();
  }
}

ensureBuild();
console.log(
  `next start on loopback, 20 concurrent clients, ${SECONDS} s per load, ${SUBMISSIONS} submissions; ` +
    `node ${process.version}, ${os.cpus().length} CPUs`,
);
await withScratchDirectory("bis-bench-http", async (dir) => {
  const pgliteDir = path.join(dir, "pglite");
  await run(
    "embedded PGlite",
    { kind: "pglite", dir: pgliteDir },
    { DATABASE_URL: "", PGLITE_DIR: pgliteDir },
    450,
  );
});
if (env.DATABASE_URL) {
  await withScratchDatabase(env.DATABASE_URL, "bis_bench_http", (url, name) =>
    run(`PostgreSQL (new database ${name})`, { kind: "postgres", url }, { DATABASE_URL: url }, 300),
  );
} else {
  console.log("\nPostgreSQL: skipped (set DATABASE_URL to include it).");
}
