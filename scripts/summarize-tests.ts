import { readFile } from "node:fs/promises";
import { addCounts, emptyCounts, formatTotal, summarizeOutput } from "./lib/test-summary";

// Usage: tsx scripts/summarize-tests.ts label=path/to/output.log …
// Prints each run's summary lines and one closing total over all of them.

let total = emptyCounts();
for (const arg of process.argv.slice(2)) {
  const [label, file] = arg.includes("=") ? (arg.split(/=(.*)/s) as [string, string]) : [arg, arg];
  const text = await readFile(file, "utf8").catch(() => "");
  const { lines, counts } = summarizeOutput(text);
  console.log(`${label}:`);
  for (const line of lines.length ? lines : ["(no test summary found)"]) console.log(`  | ${line}`);
  total = addCounts(total, counts);
}
if (total.flaky) console.log(`(${total.flaky} flaky: passed on retry)`);
console.log(formatTotal("total", total));
