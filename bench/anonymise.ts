import { detectIdentifiers as detectLight, type IdentifierKind } from "@/lib/anonymise/detect-identifiers";
import { detectIdentifiers as detectFull } from "@/lib/anonymise/detect-identifiers-full";
import { ANONYMISE_CORPUS } from "@/tests/fixtures/anonymise-corpus";
import { evaluate, precision, recall, type Evaluation } from "@/tests/fixtures/anonymise-evaluation";

/**
 * `npm run bench:anonymise`: precision and recall per kind of the light (browser) and full (server) identifier
 * check over the labelled corpus, the share of clean sentences flagged, and the time of the full check on a
 * 5,000-character text, and both checks on long pastes without spaces (they must grow linearly). Prints figures
 * only. BENCH_RUNS changes the number of timed runs.
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const WARM_UP_RUNS = 20;
const TEXT_LENGTH = 5000;
const KINDS: readonly IdentifierKind[] = [
  "personnummer",
  "samordningsnummer",
  "telefon",
  "epost",
  "adress",
  "postadress",
  "datum",
  "alder",
  "namn",
];

const percent = (value: number) => `${(value * 100).toFixed(1)} %`.padStart(8);

function printQuality(label: string, evaluation: Evaluation) {
  console.log(`\n${label}`);
  console.log(
    `  ${"kind".padEnd(18)}${"expected".padStart(9)}${"recall".padStart(9)}${"precision".padStart(11)}${"exact span".padStart(12)}`,
  );
  for (const kind of KINDS) {
    const score = evaluation.byKind.get(kind);
    if (!score) continue;
    const expected = score.found + score.missed;
    console.log(
      `  ${kind.padEnd(18)}${String(expected).padStart(9)}${percent(recall(score)).padStart(9)}` +
        `${percent(precision(score)).padStart(11)}${percent(expected ? score.exact / expected : 1).padStart(12)}`,
    );
  }
  const rate = evaluation.cleanFlagged / evaluation.cleanSentences;
  console.log(
    `  clean sentences flagged: ${evaluation.cleanFlagged} of ${evaluation.cleanSentences} (${percent(rate).trim()}; target at most 1 in 25)`,
  );
}

/** A text of the given length made of corpus sentences, in an order that changes with the seed. */
function sampleText(seed: number): string {
  const sentences = ANONYMISE_CORPUS.map((entry) => entry.text);
  let text = "";
  for (let index = seed; text.length < TEXT_LENGTH; index = (index * 31 + 17) % sentences.length) {
    text += `${sentences[index]} `;
  }
  return text.slice(0, TEXT_LENGTH);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * The first call builds the word list from the data file; later calls reuse it. The next call, on a text none
 * of whose words have been looked up yet, shows the cost before the word cache helps.
 */
function timeFirstCalls(): { buildMs: number; uncachedMs: number } {
  let start = performance.now();
  detectFull("Första anropet läser in ordlistan.");
  const buildMs = performance.now() - start;
  const text = sampleText(0);
  start = performance.now();
  detectFull(text);
  return { buildMs, uncachedMs: performance.now() - start };
}

function timeFullCheck(firstCalls: { buildMs: number; uncachedMs: number }) {
  const texts = Array.from({ length: RUNS + WARM_UP_RUNS }, (_, run) => sampleText(run + 1));
  const durations: number[] = [];
  texts.forEach((text, run) => {
    const start = performance.now();
    detectFull(text);
    if (run >= WARM_UP_RUNS) durations.push(performance.now() - start);
  });
  const sorted = durations.sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(`\nFull check on a ${TEXT_LENGTH}-character text, ${RUNS} runs (target under 15 ms)`);
  console.log(
    `  median ${ms(percentile(sorted, 50))}   p95 ${ms(percentile(sorted, 95))}   max ${ms(sorted.at(-1)!)}`,
  );
  console.log(`  first call in a process, building the word list: ${ms(firstCalls.buildMs)}`);
  console.log(
    `  first ${TEXT_LENGTH}-character text, no word looked up before: ${ms(firstCalls.uncachedMs)}`,
  );

  const lightDurations = texts.slice(WARM_UP_RUNS).map((text) => {
    const start = performance.now();
    detectLight(text);
    return performance.now() - start;
  });
  const lightSorted = lightDurations.sort((a, b) => a - b);
  console.log(
    `  light check, same texts: median ${ms(percentile(lightSorted, 50))}   p95 ${ms(percentile(lightSorted, 95))}`,
  );
}

const firstCalls = timeFirstCalls();
const labelled = ANONYMISE_CORPUS.filter((entry) => entry.findings.length > 0).length;
console.log(
  `Corpus: ${ANONYMISE_CORPUS.length} sentences, ${labelled} with identifiers, ${ANONYMISE_CORPUS.length - labelled} clean`,
);
printQuality(
  "Full check (server)",
  evaluate(ANONYMISE_CORPUS, (text) => detectFull(text)),
);
printQuality(
  "Light check (browser)",
  evaluate(ANONYMISE_CORPUS, (text) => detectLight(text)),
);
timeFullCheck(firstCalls);

/** A paste of one long run (a document with its spaces lost, a base64 blob) must not stall the browser or server. */
function timeLongPastes() {
  console.log("\nLong pastes without spaces (light and full check; linear growth expected)");
  for (const length of [100_000, 300_000, 1_000_000]) {
    for (const [label, text] of [
      ["letters", "x".repeat(length)],
      ["dotted", "x.".repeat(length / 2)],
      ["letters then @", `${"x".repeat(length - 1)}@`],
    ] as const) {
      let start = performance.now();
      detectLight(text);
      const light = performance.now() - start;
      start = performance.now();
      detectFull(text);
      const full = performance.now() - start;
      console.log(
        `  ${String(length).padStart(9)} ${label.padEnd(15)} light ${light.toFixed(0).padStart(6)} ms   full ${full.toFixed(0).padStart(6)} ms`,
      );
    }
  }
}

timeLongPastes();
