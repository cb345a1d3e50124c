import ExcelJS from "exceljs";
import { caseTable, statisticsTables, type ExportCell, type ExportTable } from "./export-tables";
import { statisticsView, type StatisticsInput } from "./statistics-view";

export interface StatisticsWorkbookInput extends StatisticsInput {
  /** The workbook's creation time; default now. */
  createdAt?: Date;
}

/** Excel's rule for a worksheet name. */
export const MAX_SHEET_NAME_LENGTH = 31;
const INVALID_SHEET_NAME = /[:\\/?*[\]]/;

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const FIRST_COLUMN_MAX_WIDTH = 45;

/**
 * The year's statistics as an .xlsx workbook: a summary, the year's anonymised brister (one row each, no free
 * text), and one worksheet per breakdown with the earlier years beside it. Small counts are suppressed as on the
 * arbetsgrupp's page ("<3", "–" written as text); every other figure is a number (shares as fractions formatted
 * as percentages), so a spreadsheet can chart them. Each sheet's header row is frozen and bold, its columns sized
 * to their content. Pure: give it the brister and it gives the file.
 */
export async function buildStatisticsWorkbook(input: StatisticsWorkbookInput): Promise<Buffer> {
  const view = statisticsView(input);
  const [summary, ...figures] = statisticsTables(view);
  const tables = [summary!, caseTable(view, input.cases), ...figures];

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Brister i samverkan";
  workbook.created = input.createdAt ?? new Date();
  workbook.modified = workbook.created;
  workbook.title = `Statistik ${input.year}`;
  for (const table of tables) addTable(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addTable(workbook: ExcelJS.Workbook, table: ExportTable) {
  if (table.sheetName.length > MAX_SHEET_NAME_LENGTH || INVALID_SHEET_NAME.test(table.sheetName)) {
    throw new RangeError(`Not a worksheet name: ${table.sheetName}`);
  }
  const sheet = workbook.addWorksheet(table.sheetName, {
    views: [{ state: "frozen", ySplit: 1, xSplit: 0, topLeftCell: "A2", activeCell: "A2" }],
  });
  const header = sheet.addRow(table.header);
  header.font = { bold: true };
  header.alignment = { vertical: "top", wrapText: true };
  for (const cells of table.rows) {
    const row = sheet.addRow(cells.map(cellValue));
    cells.forEach((cell, i) => {
      const target = row.getCell(i + 1);
      if (cell && typeof cell === "object") {
        target.alignment = { horizontal: "right" };
        if (cell.kind === "share" && cell.value !== null) target.numFmt = "0%";
      }
    });
  }
  if (table.notes.length > 0) {
    sheet.addRow([]);
    for (const note of table.notes) sheet.addRow([note]);
  }
  sheet.columns.forEach((column, i) => {
    const lengths = [table.header[i] ?? "", ...table.rows.map((row) => textOf(row[i] ?? null))].map(
      (text) => text.length,
    );
    const max = i === 0 ? FIRST_COLUMN_MAX_WIDTH : MAX_WIDTH;
    column.width = Math.min(max, Math.max(MIN_WIDTH, ...lengths) + 2);
  });
}

function cellValue(cell: ExportCell): string | number | null {
  if (cell === null || typeof cell !== "object") return cell;
  return cell.value ?? cell.display;
}

function textOf(cell: ExportCell): string {
  if (cell === null) return "";
  if (typeof cell === "object") return cell.display;
  return String(cell);
}
