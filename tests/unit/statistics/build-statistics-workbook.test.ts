import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildStatisticsWorkbook, MAX_SHEET_NAME_LENGTH } from "@/lib/statistics/build-statistics-workbook";
import { cases2025, categories2025, statCase } from "./fixtures";

async function read(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function values(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("the statistics workbook", () => {
  const input = { year: 2025, cases: cases2025(), references: { 2025: { categories: categories2025 } } };

  it("is an .xlsx file (a zip) with Swedish sheet names of at most 31 characters", async () => {
    const buffer = await buildStatisticsWorkbook(input);
    expect(buffer.subarray(0, 2).toString("latin1")).toBe("PK");
    const workbook = await read(buffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual([
      "Sammanfattning",
      "Brister 2025",
      "Antal per år",
      "Vanligaste orsaker",
      "Orsaker",
      "Områden",
      "Riktning",
      "Rapporterande huvudman",
      "Rapporterande organisation",
      "Samverkanspartens organisation",
      "Månad",
      "Löst",
      "Eskalerade",
      "Handläggningstider",
    ]);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
  });

  it("freezes and bolds every header row and sizes the columns", async () => {
    const workbook = await read(await buildStatisticsWorkbook(input));
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.getRow(1).font?.bold, sheet.name).toBe(true);
      sheet.columns.forEach((column) => {
        expect(column.width, sheet.name).toBeGreaterThanOrEqual(8);
        expect(column.width, sheet.name).toBeLessThanOrEqual(62);
      });
    }
    const categories = workbook.getWorksheet("Orsaker")!;
    // The first column fits the longest category name, up to a limit.
    expect(categories.getColumn(1).width).toBeGreaterThan(30);
  });

  it("lists the year's brister without free text, the reporting organisation only unless withheld", async () => {
    // A threshold of 1 hides nothing (tests/unit/statistics/case-list-suppression.test.ts has what is hidden).
    const sheet = (await read(await buildStatisticsWorkbook({ ...input, threshold: 1 }))).getWorksheet(
      "Brister 2025",
    )!;
    const rows = values(sheet);
    expect(rows[0]).toEqual([
      "Referens",
      "Månad",
      "Månaden avser",
      "Bakomliggande orsaker",
      "Områden",
      "Rapporterande huvudman",
      "Rapporterande organisation",
      "Samverkanspartens huvudman",
      "Löst",
      "Eskalerad",
    ]);
    expect(rows[1]).toEqual([
      "BIS-2025-c1",
      "mars 2025",
      "händelsen",
      "kommunikation; rutiner; SIP",
      "SIP",
      "Kommun",
      "Helsingborgs stad",
      "Region",
      "Löst",
      "Nej",
    ]);
    // c4: organisation withheld, huvudman kept; c8: a partner named only in free text counts by its huvudman.
    expect(rows[4]!.slice(5, 8)).toEqual(["Region", "Uppgift undanhållen", "Kommun"]);
    expect(rows[8]!.slice(5, 8)).toEqual(["Region", "Barn- och ungdomspsykiatri", "Region; Övrig aktör"]);
    expect(rows[7]!.slice(1, 3)).toEqual(["november 2025", "när bristen kom in"]);
    expect(rows.slice(1, 9).map((row) => row[0])).toHaveLength(8);
  });

  it("writes suppressed counts as text and the rest as numbers, shares as percentages", async () => {
    const workbook = await read(await buildStatisticsWorkbook(input));
    const escalated = values(workbook.getWorksheet("Eskalerade")!);
    expect(escalated[0]).toEqual(["Eskalerad", "Antal 2025", "Andel 2025"]);
    expect(escalated[1]).toEqual(["Eskalerad", "<3", "–"]);
    expect(escalated[2]).toEqual(["Inte eskalerad", "–", "–"]);
    const categories = workbook.getWorksheet("Orsaker")!;
    expect(values(categories)[1]).toEqual(["kommunikation", 5, 0.625]);
    expect(categories.getCell("C2").numFmt).toBe("0%");
    expect(categories.getCell("B5").value).toBe("<3");
    // Brister without a category, and the notes under the table.
    const text = values(categories).flat().join("\n");
    expect(text).toContain("Ingen orsak angiven");
    expect(text).toContain("blir därför tillsammans mer än 100 %");
    expect(text).toContain("<3 = färre än 3 brister");
    const top = values(workbook.getWorksheet("Vanligaste orsaker")!);
    expect(top.slice(0, 4)).toEqual([
      ["Plats", "Orsak", "Antal", "Andel"],
      [1, "kommunikation", 5, 0.625],
      [2, "rutiner", 4, 0.5],
      [3, "SIP", 3, 0.375],
    ]);
  });

  it("puts earlier years beside the year, each as its own figures", async () => {
    const earlier = [
      statCase("p1", { year: 2024, submittedMonth: "2024-03" }),
      statCase("p2", { year: 2024, submittedMonth: "2024-03" }),
      statCase("p3", { year: 2024, submittedMonth: "2024-04", escalated: true }),
    ];
    const workbook = await read(
      await buildStatisticsWorkbook({ ...input, cases: [...earlier, ...input.cases], previousYears: [2024] }),
    );
    const perYear = values(workbook.getWorksheet("Antal per år")!);
    expect(perYear.slice(0, 3)).toEqual([
      ["År", "Antal brister"],
      [2024, 3],
      [2025, 8],
    ]);
    const escalated = values(workbook.getWorksheet("Eskalerade")!);
    expect(escalated[0]).toEqual(["Eskalerad", "Antal 2024", "Andel 2024", "Antal 2025", "Andel 2025"]);
    expect(escalated[1]).toEqual(["Eskalerad", "<3", "–", "<3", "–"]);
    // Only the year's brister are listed.
    expect(
      values(workbook.getWorksheet("Brister 2025")!).filter((row) => /^BIS-/.test(String(row[0]))),
    ).toHaveLength(8);
  });

  it("works for a year without brister", async () => {
    const workbook = await read(await buildStatisticsWorkbook({ year: 2027, cases: [] }));
    expect(values(workbook.getWorksheet("Sammanfattning")!)[2]).toEqual(["Antal brister", 0]);
    expect(values(workbook.getWorksheet("Brister 2027")!)[0]![0]).toBe("Referens");
  });
});
