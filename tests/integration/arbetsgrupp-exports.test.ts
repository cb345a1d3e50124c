import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { exportStatistics } from "@/lib/anonymised-cases/export-statistics";
import { loadStatisticsPage } from "@/lib/anonymised-cases/load-statistics";
import { exportAnnualReportDocx } from "@/lib/annual-report/export-annual-report";
import { saveAnnualReport } from "@/lib/annual-report/save-annual-report";
import type { Actor } from "@/lib/auth/assert-permission";
import { ensureReferenceData } from "@/lib/reference-data/ensure-reference-data";
import { hiddenValueLabel } from "@/lib/statistics/case-list-suppression";
import type { PublishedCell } from "@/lib/statistics/publish";
import { BREAKDOWN_TEXTS } from "@/lib/statistics/statistics-view";
import { createUser } from "@/lib/users/create-user";
import { asOf } from "../factories/case-history";
import { DEMO_ANNUAL_REPORT_2025, DEMO_ANNUAL_REPORT_2025_SAVED_AT } from "../factories/demo-annual-report";
import { DEMO_2025, seedDemoYear } from "../factories/demo-years";
import { setupTestDb } from "../setup/test-db";

// The statistics page, the .xlsx the arbetsgrupp downloads and the annual report's .docx are three views of one
// year. Each is read back the way a reader gets it (the page through the same load function, the files parsed),
// and they must agree: the number of brister, each category's count and share, what is hidden as "<3", and the
// row and section headings.

const db = setupTestDb();
const YEAR = DEMO_2025.year;

async function staff(role: Actor["role"], email: string): Promise<Actor> {
  const user = await createUser(
    db.prisma,
    { name: email, email, role, password: "ett-langt-losenord-1" },
    null,
  );
  return { id: user.id, role: user.role };
}

/** A row as the reader sees it: the label, the count and the share, as text. */
type FigureRow = [label: string, count: string, share: string];

function decodeHtml(text: string): string {
  return text
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;|&#160;/g, "\u00a0")
    .replace(/&amp;/g, "&")
    .trim();
}

/** The .docx as mammoth turns it into HTML: its headings and its tables (rows of cell texts). */
async function readDocxBack(docx: Buffer) {
  const { value: html } = await mammoth.convertToHtml({ buffer: docx });
  const headings = [...html.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({
    level: Number(m[1]),
    text: decodeHtml(m[2]!),
  }));
  const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((table) =>
    [...table[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => decodeHtml(cell[1]!)),
    ),
  );
  const text = decodeHtml(html.replace(/<\/(p|h\d|li|td|th)>/g, "\n"));
  return { html, headings, tables, text };
}

/** A worksheet's rows as plain values, from the header down to the first empty row. */
function sheetRows(workbook: ExcelJS.Workbook, name: string): (string | number | null)[][] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`Bladet ${name} saknas i arbetsboken.`);
  const rows: (string | number | null)[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as ExcelJS.CellValue[]).slice(1);
    if (values.every((v) => v === null || v === undefined || v === "")) break;
    rows.push(
      values.map((v) => (typeof v === "number" || typeof v === "string" ? v : v == null ? null : String(v))),
    );
  }
  return rows;
}

/** A figure of the .xlsx as text: a hidden cell is written as its display ("<3"), a count as a number. */
function countText(value: string | number | null): string {
  return typeof value === "number" ? String(value) : (value ?? "");
}

/** A share of the .xlsx against the page's cell: a number is the exact fraction, a hidden one its display. */
function sameShare(value: string | number | null, cell: PublishedCell): boolean {
  return typeof value === "number"
    ? cell.value !== null && Math.abs(value - cell.value) < 1e-9
    : value === cell.display;
}

describe("the arbetsgrupp's statistics page, .xlsx and annual report .docx", () => {
  it("show the same figures, suppressed cells and headings for a demo year", async () => {
    await ensureReferenceData(db.prisma, { now: new Date(`${YEAR}-01-02T09:00:00Z`) });
    const redactor = await staff("SAMORDNARE", "samordnare@example.se");
    const approver = await staff("SAMORDNARE", "samordnare2@example.se");
    const arbetsgrupp = await staff("ARBETSGRUPP", "arbetsgrupp@example.se");
    const seeded = await seedDemoYear(db.prisma, DEMO_2025, {
      now: new Date(),
      people: { redactor, approver, reviewer: arbetsgrupp },
    });
    await asOf(DEMO_ANNUAL_REPORT_2025_SAVED_AT, () =>
      saveAnnualReport(db.prisma, arbetsgrupp, {
        year: YEAR,
        baseVersionId: null,
        sections: DEMO_ANNUAL_REPORT_2025,
      }),
    );
    expect(seeded.anonymised).toBe(29);
    expect(seeded.reviewed).toBe(29);

    // The page: the same load and publish function the page renders, as the arbetsgrupp sees it.
    const { view } = await loadStatisticsPage(db.prisma, arbetsgrupp, { year: YEAR, thisYear: YEAR + 1 });
    expect(view.exact).toBe(false);
    const page = view.current;
    const pageRows: FigureRow[] = page.categories.rows.map((row) => [
      row.label,
      row.count.display,
      row.share.display,
    ]);
    const pageTop = page.topCategories.rows.map((row) => [row.label, row.count.display]);

    // The demo year is what the 2025 report describes: 29 brister, kommunikation, rutiner and SIP the most common,
    // and a category small enough to be hidden, so the comparison below covers a suppressed cell.
    expect(page.total.display).toBe("29");
    expect(pageTop.map(([label]) => label)).toEqual(["kommunikation", "rutiner", "SIP"]);
    expect(pageRows.some(([, count]) => count === "<3")).toBe(true);
    expect(page.categories.notStated?.display ?? "0").toBe("0");

    // The .xlsx, read back with ExcelJS.
    const xlsx = await exportStatistics(db.prisma, arbetsgrupp, { year: YEAR, format: "xlsx" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.content) as unknown as ArrayBuffer);
    const summary = sheetRows(workbook, "Sammanfattning");
    expect(countText(summary.find((row) => row[0] === "Antal brister")?.[1] ?? null)).toBe(
      page.total.display,
    );
    const perYear = sheetRows(workbook, "Antal per år");
    expect(perYear.slice(1).map((row) => [row[0], countText(row[1]!)])).toEqual([[YEAR, page.total.display]]);

    const [categoryHeader, ...categoryRows] = sheetRows(workbook, BREAKDOWN_TEXTS.categories.sheetName);
    expect(categoryHeader).toEqual([
      BREAKDOWN_TEXTS.categories.labelHeader,
      `Antal ${YEAR}`,
      `Andel ${YEAR}`,
    ]);
    expect(categoryRows.map((row) => [row[0], countText(row[1]!)])).toEqual(
      pageRows.map(([label, count]) => [label, count]),
    );
    categoryRows.forEach((row, i) => expect(sameShare(row[2]!, page.categories.rows[i]!.share)).toBe(true));

    const [, ...topRows] = sheetRows(workbook, "Vanligaste orsaker");
    expect(topRows.map((row) => [row[1], countText(row[2]!)])).toEqual(pageTop);

    const caseSheet = sheetRows(workbook, `Brister ${YEAR}`);
    expect(caseSheet.length - 1).toBe(page.total.value);

    // The .docx, read back with mammoth.
    const { docx } = await exportAnnualReportDocx(db.prisma, arbetsgrupp, YEAR);
    const report = await readDocxBack(docx);
    expect(report.text).toContain(`Under ${YEAR} inkom ${page.total.display} brister i samverkan`);

    const causesTable = report.tables.find((table) => table[0]?.[0] === "Bakomliggande orsak");
    expect(causesTable, "the .docx has the table of causes").toBeDefined();
    const [docxHeader, ...docxRows] = causesTable!;
    expect(docxHeader).toHaveLength(3);
    expect(docxRows).toEqual(pageRows);

    // Headings: the section of causes and, under the most common causes, one heading per category of the top list.
    const headingTexts = report.headings.map((h) => h.text);
    expect(headingTexts).toContain(BREAKDOWN_TEXTS.categories.title);
    const mostCommon = report.headings.findIndex((h) => h.text === "De vanligaste bristerna");
    expect(mostCommon).toBeGreaterThanOrEqual(0);
    const next = report.headings.findIndex(
      (h, i) => i > mostCommon && h.level <= report.headings[mostCommon]!.level,
    );
    const topHeadings = report.headings
      .slice(mostCommon + 1, next < 0 ? undefined : next)
      .filter((h) => h.level === report.headings[mostCommon]!.level + 1)
      .map((h) => h.text.toLocaleLowerCase("sv"));
    expect(topHeadings).toEqual(pageTop.map(([label]) => label!.toLocaleLowerCase("sv")));
    // Each of them states its count as the page does.
    for (const [label, count] of pageTop) {
      expect(report.text).toMatch(new RegExp(`(^|\\n)${count} brister \\([^)]*\\)[^\\n]*${label}`));
    }

    // The appendix lists exactly the brister of the .xlsx.
    const appendix = report.tables.find((table) => table[0]?.[0] === "Referens");
    expect(appendix, "the .docx has the appendix").toBeDefined();
    expect(
      appendix!
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(
      caseSheet
        .slice(1)
        .map((row) => row[0])
        .sort(),
    );

    // Counting the per-brist lists gives back no hidden cell: a value hidden in the tables is never named in the
    // .xlsx sheet of cases or the .docx appendix, while every shown value counts back to its table's figure.
    const coordinator = await staff("SAMORDNARE", "samordnare3@example.se");
    const exact = (await loadStatisticsPage(db.prisma, coordinator, { year: YEAR, thisYear: YEAR + 1 })).view
      .current;
    const hiddenLabel = hiddenValueLabel(page.threshold);
    const casesByColumn = (column: number, separator: string) =>
      caseSheet.slice(1).map((row) => String(row[column] ?? "").split(separator));
    const appendixCategories = appendix!.slice(1).map((row) => row[2]!.split(", "));
    const lists = [
      { name: ".xlsx causes", breakdown: "categories", values: casesByColumn(3, "; ") },
      { name: ".xlsx areas", breakdown: "areas", values: casesByColumn(4, "; ") },
      { name: ".xlsx organisations", breakdown: "reportingOrganisations", values: casesByColumn(6, "; ") },
      { name: ".xlsx months", breakdown: "months", values: casesByColumn(1, "; ") },
      { name: ".xlsx solved", breakdown: "solved", values: casesByColumn(8, "; ") },
      { name: ".docx appendix causes", breakdown: "categories", values: appendixCategories },
    ] as const;
    let hiddenCells = 0;
    for (const list of lists) {
      const count = (label: string) => list.values.filter((values) => values.includes(label)).length;
      page[list.breakdown].rows.forEach((row, i) => {
        const exactValue = exact[list.breakdown].rows[i]!.count.value!;
        expect(exact[list.breakdown].rows[i]!.key).toBe(row.key);
        if (row.count.suppressed) {
          hiddenCells += exactValue > 0 ? 1 : 0;
          expect(count(row.label), `${list.name}: ${row.label} (${row.count.display})`).toBe(0);
        } else if (list.breakdown !== "months") {
          expect(count(row.label), `${list.name}: ${row.label}`).toBe(exactValue);
        }
      });
    }
    expect(hiddenCells, "the demo year hides some cells").toBeGreaterThan(0);
    expect(
      caseSheet.slice(1).some((row) => row.includes(hiddenLabel) || String(row[3]).includes(hiddenLabel)),
    ).toBe(true);
    expect(appendixCategories.some((values) => values.includes(hiddenLabel))).toBe(true);
  }, 300_000);
});
