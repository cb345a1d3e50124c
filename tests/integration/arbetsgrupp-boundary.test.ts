import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Static: what the arbetsgrupp's routes can reach. Every module imported (directly or not) from a file under
 * app/(staff)/arbetsgrupp/ reads no Report row and names none of its free-text or contact columns, except the one
 * module for the anonymised record, lib/anonymised-cases/, which itself never selects those columns from Report.
 * Counting Report rows by id (the permission check's "is this a case?") reveals no content and is allowed.
 */

const root = path.resolve(__dirname, "../..");
const ROUTES = path.join(root, "app/(staff)/arbetsgrupp");
const ANONYMISED = path.join(root, "lib/anonymised-cases") + path.sep;

const COLUMNS = [
  "description",
  "actionsTaken",
  "reporterName",
  "reporterEmail",
  "reporterPhone",
  "partnerComment",
  "noDialogueReason",
  "chefComment",
  "escalationComment",
  "unit",
  "participants",
  "body",
];
const NAMES_COLUMN = new RegExp(`\\b(${COLUMNS.join("|")})\\b`);
const COLUMN_KEY = new RegExp(`\\b(${COLUMNS.join("|")})\\s*:`);
const READS_REPORT =
  /\.report\s*\.\s*(find\w*|groupBy|aggregate)\s*\(|\bFROM\s+"?Report"?\b|\$queryRaw(Unsafe)?[\s\S]{0,200}"Report"/i;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** Comments removed, so a rule can be explained in words without tripping the check. */
function code(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|import\s*["']([^"']+)["']/g;

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null; // a package
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

/** Every project module reachable from the entry files (the generated Prisma client aside: it names every column). */
function reachableFrom(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of code(file).matchAll(IMPORT)) {
      const target = resolveImport(file, match[1] ?? match[2] ?? match[3]!);
      if (target && !target.startsWith(path.join(root, "generated") + path.sep)) queue.push(target);
    }
  }
  return seen;
}

/** The text of the balanced (…) or {…} that opens at `open`. */
function balanced(text: string, open: number): string {
  const pairs: Record<string, string> = { "(": ")", "{": "}" };
  const close = pairs[text[open]!]!;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === text[open]) depth++;
    else if (text[i] === close && --depth === 0) return text.slice(open, i + 1);
  }
  return text.slice(open);
}

/** Where a module selects Report columns: calls on db.report and `report: {…}` relation selections. */
function reportSelections(source: string): string[] {
  const problems: string[] = [];
  for (const call of source.matchAll(/\.report\s*\.\s*(\w+)\s*\(/g)) {
    const args = balanced(source, call.index! + call[0].length - 1);
    if (!/\bselect\s*:/.test(args)) problems.push(`.report.${call[1]} without a select`);
    if (COLUMN_KEY.test(args)) problems.push(`.report.${call[1]} selects ${COLUMN_KEY.exec(args)![1]}`);
  }
  for (const relation of source.matchAll(/\breport\s*:\s*(\{|true\b)/g)) {
    if (relation[1] === "true") {
      problems.push("report: true (every column)");
      continue;
    }
    const block = balanced(source, relation.index! + relation[0].length - 1);
    if (/\binclude\s*:/.test(block)) problems.push("report: { include } (every column)");
    if (COLUMN_KEY.test(block)) problems.push(`report selects ${COLUMN_KEY.exec(block)![1]}`);
  }
  if (/"Report"/.test(source)) problems.push('raw SQL on "Report"');
  return problems;
}

describe("the arbetsgrupp's pages reach no original text", () => {
  const entries = filesUnder(ROUTES);
  const reachable = reachableFrom(entries);
  const rel = (file: string) => path.relative(root, file);

  it("walks from every route file under app/(staff)/arbetsgrupp", () => {
    expect(entries.map(rel)).toEqual(expect.arrayContaining(["app/(staff)/arbetsgrupp/page.tsx"]));
    expect([...reachable].map(rel)).toEqual(
      expect.arrayContaining([
        "lib/anonymised-cases/get-anonymised-case.ts",
        "lib/anonymised-cases/list-anonymised-cases.ts",
        "lib/auth/staff-session.ts",
      ]),
    );
  });

  it("reads Report or names its free-text and contact columns only through lib/anonymised-cases", () => {
    const offenders = [...reachable]
      .filter((file) => !file.startsWith(ANONYMISED))
      .flatMap((file) => {
        const source = code(file);
        return [
          READS_REPORT.test(source) ? `${rel(file)}: reads Report` : null,
          NAMES_COLUMN.test(source) ? `${rel(file)}: names ${NAMES_COLUMN.exec(source)![1]}` : null,
        ].filter((problem): problem is string => problem !== null);
      });
    expect(offenders).toEqual([]);
  });

  it("lib/anonymised-cases never selects those columns from Report", () => {
    const offenders = filesUnder(ANONYMISED)
      .filter((file) => !file.endsWith(".test.ts"))
      .flatMap((file) => reportSelections(code(file)).map((problem) => `${rel(file)}: ${problem}`));
    expect(offenders).toEqual([]);
  });

  it("catches the reads it is meant to catch", () => {
    expect(READS_REPORT.test("await db.report.findMany({ where: {} })")).toBe(true);
    expect(READS_REPORT.test("db.report.groupBy({ by: ['year'] })")).toBe(true);
    expect(READS_REPORT.test('tx.$queryRaw`SELECT * FROM "Report"`')).toBe(true);
    expect(READS_REPORT.test("db.report.count({ where: { id } })")).toBe(false);
    expect(NAMES_COLUMN.test("select: { reporterEmail: true }")).toBe(true);
    expect(reportSelections("db.report.findUnique({ where: { id } })")).toEqual([
      ".report.findUnique without a select",
    ]);
    expect(reportSelections("db.report.findMany({ select: { id: true, description: true } })")).toEqual([
      ".report.findMany selects description",
    ]);
    expect(reportSelections("db.anonymisedCase.findMany({ include: { report: true } })")).toEqual([
      "report: true (every column)",
    ]);
    expect(reportSelections("select: { report: { select: { reference: true, unit: true } } }")).toEqual([
      "report selects unit",
    ]);
    expect(reportSelections("select: { report: { select: { reference: true, status: true } } }")).toEqual([]);
  });
});
