// Reads the closing lines of Vitest and Playwright runs, so several runs can be reported as one total.

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  flaky: number;
}

export interface RunSummary {
  /** The runners' own summary lines, as printed. */
  lines: string[];
  counts: Counts;
}

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const RUN_LABEL = /^\[[a-z]+\] /;
// Vitest:  "      Tests  2 failed | 40 passed | 1 skipped (43)"  and  " Test Files  5 passed (5)"
const VITEST_TESTS = /^\s*Tests\s+(.+?)\s+\(\d+\)\s*$/;
const VITEST_FILES = /^\s*Test Files\s+.+\(\d+\)\s*$/;
// Playwright: "  12 passed (31.2s)", "  1 failed", "  2 skipped", "  1 flaky", "  3 did not run"
const PLAYWRIGHT = /^\s{2}(\d+) (passed|failed|flaky|skipped|did not run|interrupted)\b/;

export function emptyCounts(): Counts {
  return { passed: 0, failed: 0, skipped: 0, flaky: 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    skipped: a.skipped + b.skipped,
    flaky: a.flaky + b.flaky,
  };
}

/** Sums every Vitest and Playwright summary found in a run's output. */
export function summarizeOutput(output: string): RunSummary {
  const counts = emptyCounts();
  const lines: string[] = [];
  // A run beside another has each line labelled ("[postgresql] "; scripts/test.ts): the label is not part of it.
  for (const raw of output
    .replace(ANSI, "")
    .split(/\r?\n/)
    .map((line) => line.replace(RUN_LABEL, ""))) {
    const vitest = VITEST_TESTS.exec(raw);
    if (vitest) {
      lines.push(raw.trim());
      for (const part of vitest[1]!.split("|")) {
        const match = /(\d+)\s+(passed|failed|skipped|todo|expected fail)/.exec(part);
        if (!match) continue;
        const n = Number(match[1]);
        if (match[2] === "failed") counts.failed += n;
        else if (match[2] === "skipped" || match[2] === "todo") counts.skipped += n;
        else counts.passed += n;
      }
      continue;
    }
    if (VITEST_FILES.test(raw)) {
      lines.push(raw.trim());
      continue;
    }
    const playwright = PLAYWRIGHT.exec(raw);
    if (playwright) {
      lines.push(raw.trim());
      const n = Number(playwright[1]);
      const kind = playwright[2];
      if (kind === "passed") counts.passed += n;
      else if (kind === "flaky") {
        counts.passed += n;
        counts.flaky += n;
      } else if (kind === "failed" || kind === "interrupted") counts.failed += n;
      else counts.skipped += n;
    }
  }
  return { lines, counts };
}

/** The plain closing line: "label: N passed, N failed, N skipped". */
export function formatTotal(label: string, counts: Counts): string {
  return `${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}
