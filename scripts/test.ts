import { randomBytes } from "node:crypto";
import { bin, runCommand, type CommandResult } from "./lib/run-command";
import { addCounts, emptyCounts, formatTotal, summarizeOutput, type RunSummary } from "./lib/test-summary";

/**
 * `npm test`: every suite in order, stopping at the first failure with its exit code; `tsx scripts/test.ts build e2e`
 * runs only the steps named. The environment passes through: with DATABASE_URL set, integration and end-to-end tests
 * run on that PostgreSQL server; without it, on the embedded PGlite.
 *
 * With TEST_ALSO_DATABASE_URL set to a scratch database on a PostgreSQL server (CI does this), the integration and
 * end-to-end tests run on both databases: the integration tests one database after the other (they keep both cores
 * busy), the end-to-end tests side by side, each run with its own server, port and result folder (they mostly wait
 * on a browser and a server, so two runs take little longer than one). Their output is labelled per database.
 *
 * `next build` and `next start` run with NODE_ENV=production, where the development NEXTAUTH_SECRET is refused, so
 * every step gets a random secret of its own for this run (the end-to-end tests sign nothing themselves).
 */

interface Step {
  label: string;
  command: string;
  args: string[];
  /** Whether the step is a test runner whose summary counts. */
  isRunner: boolean;
  /** Whether the step runs again on TEST_ALSO_DATABASE_URL, and how: after the embedded run, or beside it. */
  onBothDatabases?: "in turn" | "side by side";
}

const ALL_STEPS: Step[] = [
  { label: "browser", command: bin("tsx"), args: ["scripts/ensure-browser.ts"], isRunner: false },
  { label: "lint", command: bin("eslint"), args: ["."], isRunner: false },
  { label: "format", command: bin("prettier"), args: ["--check", "."], isRunner: false },
  { label: "unit", command: bin("vitest"), args: ["run", "--project", "unit"], isRunner: true },
  {
    label: "integration",
    command: bin("vitest"),
    args: ["run", "--project", "integration"],
    isRunner: true,
    onBothDatabases: "in turn",
  },
  { label: "build", command: bin("next"), args: ["build"], isRunner: false },
  {
    label: "e2e",
    command: bin("playwright"),
    args: ["test"],
    isRunner: true,
    onBothDatabases: "side by side",
  },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((label) => !ALL_STEPS.some((step) => step.label === label));
if (unknown.length) {
  console.error(
    `Okända steg: ${unknown.join(", ")}. Stegen är ${ALL_STEPS.map((step) => step.label).join(", ")}.`,
  );
  process.exit(2);
}
const STEPS = wanted.length ? ALL_STEPS.filter((step) => wanted.includes(step.label)) : ALL_STEPS;
const TEST_SECRET = randomBytes(32).toString("base64url");
const ALSO_POSTGRES = process.env.TEST_ALSO_DATABASE_URL || "";

interface Run {
  /** Shown after the step's label, and before each output line of a run beside another. */
  name: string;
  env: Record<string, string | undefined>;
  args: string[];
}

/** The runs of a step: one, or with TEST_ALSO_DATABASE_URL one per database for the steps that use one. */
function runsOf(step: Step): Run[] {
  const own: Run = { name: "", env: {}, args: [] };
  if (!ALSO_POSTGRES || !step.onBothDatabases) return [own];
  // The embedded run must not pick up a DATABASE_URL from the environment; .env files are read by the apps, and
  // an empty DATABASE_URL there means the embedded database too.
  const embedded: Run = { name: "embedded", env: { DATABASE_URL: "" }, args: [] };
  const postgres: Run = {
    name: "postgresql",
    env: { DATABASE_URL: ALSO_POSTGRES, PLAYWRIGHT_HTML_OUTPUT_DIR: "playwright-report/postgresql" },
    args: step.label === "e2e" ? ["--output", "test-results/postgresql"] : [],
  };
  return [embedded, postgres];
}

interface RunResult {
  name: string;
  result: CommandResult;
  seconds: number;
}

async function runStep(step: Step): Promise<RunResult[]> {
  const runs = runsOf(step);
  const start = (run: Run, prefix?: string) => {
    const started = performance.now();
    return runCommand(step.command, [...step.args, ...run.args], {
      capture: step.isRunner,
      prefix,
      env: { NEXTAUTH_SECRET: TEST_SECRET, ...run.env },
    }).then((result) => ({ name: run.name, result, seconds: (performance.now() - started) / 1000 }));
  };
  if (step.onBothDatabases === "side by side" && runs.length > 1) {
    return Promise.all(runs.map((run) => start(run, `[${run.name}] `)));
  }
  const done: RunResult[] = [];
  for (const run of runs) {
    if (run.name) console.log(`\n▶ ${step.label} (${run.name})`);
    const finished = await start(run);
    done.push(finished);
    if (finished.result.code !== 0) break;
  }
  return done;
}

const results: Array<{ label: string; code: number; seconds: number; summary?: RunSummary }> = [];
let exitCode = 0;

for (const step of STEPS) {
  console.log(
    `\n▶ ${step.label}: ${[step.command.replace(/.*node_modules\/\.bin\//, ""), ...step.args].join(" ")}`,
  );
  const runs = await runStep(step);
  for (const { name, result, seconds } of runs) {
    results.push({
      label: name ? `${step.label} (${name})` : step.label,
      code: result.code,
      seconds,
      summary: step.isRunner ? summarizeOutput(result.output) : undefined,
    });
  }
  const failed = runs.find(({ result }) => result.code !== 0);
  if (failed) {
    exitCode = failed.result.code;
    break;
  }
}

console.log("\nSummary");
let total = emptyCounts();
for (const { label, code, seconds, summary } of results) {
  const state = code === 0 ? "ok" : `failed (exit code ${code})`;
  console.log(`${label.padEnd(24)} ${state}, ${seconds.toFixed(1)} s`);
  // The "|" keeps these copies from being counted again by whoever parses this output.
  for (const line of summary?.lines ?? []) console.log(`${"".padEnd(24)} | ${line}`);
  if (summary) total = addCounts(total, summary.counts);
}
const ran = new Set(results.map(({ label }) => label.replace(/ \(.*\)$/, "")));
for (const step of STEPS.filter((step) => !ran.has(step.label)))
  console.log(`${step.label.padEnd(24)} not run`);
if (total.flaky) console.log(`(${total.flaky} flaky: passed on retry)`);
console.log(formatTotal("total", total));
process.exit(exitCode);
