import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/**
 * `npm run bench:passwords`: the cost of the blocked-password check: size of the shipped list (raw and gzipped, as
 * the browser fetches it with the forms that check a password), the time of the first check (which decodes the list
 * and builds its sets), the time per later check, and the heap the sets take. Prints figures only. BENCH_RUNS
 * changes the number of timed checks.
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 200_000);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DATA = path.join(ROOT, "lib/users/data/breached-passwords.ts");

const raw = readFileSync(DATA);
console.log(
  `list file: ${(raw.length / 1024).toFixed(0)} kB raw, ${(gzipSync(raw).length / 1024).toFixed(0)} kB gzipped`,
);

globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const loadStarted = performance.now();
const { isBlockedPassword } = await import("@/lib/users/blocked-passwords");
const loaded = performance.now();
isBlockedPassword("korrekt häst batteri");
const firstDone = performance.now();
globalThis.gc?.();
const heapAfter = process.memoryUsage().heapUsed;
console.log(
  `module load: ${(loaded - loadStarted).toFixed(1)} ms; first check (builds the sets): ${(firstDone - loaded).toFixed(1)} ms`,
);
console.log(
  `heap after building the sets: +${((heapAfter - heapBefore) / 1024 ** 2).toFixed(1)} MB${globalThis.gc ? "" : " (without --expose-gc: rough)"}`,
);

const samples = ["Sommarstugan vid sjön 2024", "thisismypassword", "Sunshine2024!!", "ett-langt-losenord-1"];
let blocked = 0;
const started = performance.now();
for (let i = 0; i < RUNS; i++) if (isBlockedPassword(samples[i % samples.length]!)) blocked++;
const elapsed = performance.now() - started;
console.log(
  `later checks: ${((elapsed * 1000) / RUNS).toFixed(2)} µs each over ${RUNS} checks (${blocked} refused)`,
);
