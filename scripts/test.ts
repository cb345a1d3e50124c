import { randomBytes } from "node:crypto";
import { bin, runCommand } from "./lib/run-command";
import { addCounts, emptyCounts, formatTotal, summarizeOutput, type RunSummary } from "./lib/test-summary";

/**
 * `npm test`: every suite in order, stopping at the first failure with its exit code; `tsx scripts/test.ts build e2e`
 * runs only the steps named. The environment passes through: with DATABASE_URL set, integration and end-to-end tests
 * run on that PostgreSQL server; without it, on the embedded PGlite.
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
}

const ALL_STEPS: Step[] = [
  { label: "browser", command: bin("tsx"), args: ["scripts/ensure-browser.ts"], isRunner: false },
  { label: "lint", command: bin("eslint"), args: ["."], isRunner: false },
  { label: "format", command: bin("prettier"), args: ["--check", "."], isRunner: false },
  { label: "unit", command: bin("vitest"), args: ["run", "--project", "unit"], isRunner: true },
  { label: "integration", command: bin("vitest"), args: ["run", "--project", "integration"], isRunner: true },
  { label: "build", command: bin("next"), args: ["build"], isRunner: false },
  { label: "e2e", command: bin("playwright"), args: ["test"], isRunner: true },
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

const results: Array<{ step: Step; code: number; seconds: number; summary?: RunSummary }> = [];
let exitCode = 0;

for (const step of STEPS) {
  console.log(
    `\n▶ ${step.label}: ${[step.command.replace(/.*node_modules\/\.bin\//, ""), ...step.args].join(" ")}`,
  );
  const started = performance.now();
  const { code, output } = await runCommand(step.command, step.args, {
    capture: step.isRunner,
    env: { NEXTAUTH_SECRET: TEST_SECRET },
  });
  const seconds = (performance.now() - started) / 1000;
  results.push({ step, code, seconds, summary: step.isRunner ? summarizeOutput(output) : undefined });
  if (code !== 0) {
    exitCode = code;
    break;
  }
}

console.log("\nSummary");
let total = emptyCounts();
for (const { step, code, seconds, summary } of results) {
  const state = code === 0 ? "ok" : `failed (exit code ${code})`;
  console.log(`${step.label.padEnd(12)} ${state}, ${seconds.toFixed(1)} s`);
  // The "|" keeps these copies from being counted again by whoever parses this output.
  for (const line of summary?.lines ?? []) console.log(`${"".padEnd(12)} | ${line}`);
  if (summary) total = addCounts(total, summary.counts);
}
for (const step of STEPS.slice(results.length)) console.log(`${step.label.padEnd(12)} not run`);
if (total.flaky) console.log(`(${total.flaky} flaky: passed on retry)`);
console.log(formatTotal("total", total));
process.exit(exitCode);
