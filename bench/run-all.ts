import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * `npm run bench`: every benchmark in turn, each in its own process exactly as its own npm script runs it, with
 * its output shown as it comes; then bench/results.md with each one's figures, the machine and the date. A
 * benchmark that fails is recorded as failed and the others still run.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const RESULTS = path.join(ROOT, "bench", "results.md");

const BENCHMARKS = [
  {
    script: "bench:submit",
    title: "Submissions",
    args: ["--conditions=react-server", "bench/submit.ts"],
  },
  {
    script: "bench:anonymise",
    title: "Identifier check",
    args: ["bench/anonymise.ts"],
  },
  {
    script: "bench:passwords",
    title: "Blocked-password check",
    args: ["bench/passwords.ts"],
  },
  {
    script: "bench:arbetsgrupp",
    title: "The arbetsgrupp's year",
    args: ["--conditions=react-server", "bench/arbetsgrupp.ts"],
  },
  {
    script: "bench:inbox",
    title: "The inbox at 100,000 brister",
    args: ["--conditions=react-server", "bench/inbox.ts"],
  },
  {
    script: "bench:http",
    title: "Over HTTP: submission, settings pages and memory",
    args: ["--conditions=react-server", "bench/http-submit.ts"],
  },
  {
    script: "bench:start",
    title: "Start",
    args: ["bench/start.ts"],
  },
  {
    script: "bench:bundle",
    title: "JavaScript per page",
    args: ["bench/bundle.ts"],
  },
  {
    script: "bench:lighthouse",
    title: "Lighthouse",
    args: ["--conditions=react-server", "bench/lighthouse.ts"],
  },
] as const;

interface Outcome {
  script: string;
  title: string;
  output: string;
  exitCode: number | null;
  seconds: number;
}

function run(benchmark: (typeof BENCHMARKS)[number]): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [...benchmark.args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk);
      output += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (exitCode) =>
      resolve({
        script: benchmark.script,
        title: benchmark.title,
        output: output.trimEnd(),
        exitCode,
        seconds: (performance.now() - started) / 1000,
      }),
    );
  });
}

function machine(): string {
  const cpus = os.cpus();
  return (
    `node ${process.version}, ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? "unknown"}), ` +
    `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB memory, ${os.platform()} ${os.release()}`
  );
}

const startedAt = new Date();
const load = os.loadavg()[0]!.toFixed(1);
const outcomes: Outcome[] = [];
for (const benchmark of BENCHMARKS) {
  console.log(`\n== npm run ${benchmark.script}\n`);
  outcomes.push(await run(benchmark));
}

const sections = outcomes.map((o) =>
  [
    `## ${o.title} (\`npm run ${o.script}\`)`,
    "",
    o.exitCode === 0
      ? `Took ${o.seconds.toFixed(0)} s.`
      : `**Failed** (exit code ${o.exitCode ?? "none"}) after ${o.seconds.toFixed(0)} s.`,
    "",
    "```text",
    o.output,
    "```",
  ].join("\n"),
);
// Figures measured before a change, kept beside the latest run for comparison (written by hand).
const BEFORE = path.join(ROOT, "bench", "before.md");
const before = existsSync(BEFORE) ? (await readFile(BEFORE, "utf8")).trim() : "";

const markdown = [
  "# Benchmark results",
  "",
  `Written by \`npm run bench\` on ${startedAt.toISOString()}: ${machine()}; load average ${load} at the start.`,
  "The figures depend on the machine and on what else runs on it: compare runs on the same machine.",
  "",
  ...sections.flatMap((section) => [section, ""]),
  ...(before ? [before, ""] : []),
].join("\n");
await writeFile(RESULTS, markdown);
console.log(`\nWrote ${path.relative(process.cwd(), RESULTS)}.`);
if (outcomes.some((o) => o.exitCode !== 0)) process.exitCode = 1;
