import { toCsv, type CsvValue } from "@/lib/csv";
import { caseTable, statisticsTables, type ExportCell, type ExportTable } from "./export-tables";
import { formatDays, formatShare } from "./format";
import { statisticsView, type StatisticsInput } from "./statistics-view";

/**
 * The statistics exports as CSV: semicolon-separated UTF-8 with a byte order mark and CRLF line ends, cells that a
 * spreadsheet would run as formulas prefixed with an apostrophe (`lib/csv.ts`), what Excel with Swedish settings
 * opens directly. Figures are written as the page shows them: counts as digits, hidden counts as "<3" or "–",
 * shares as "25 %", medians as "4,5".
 */

/** The year's anonymised brister, one row each under a header row (the same columns and hidden values as the workbook's sheet). */
export function buildCasesCsv(input: StatisticsInput): string {
  const table = caseTable(statisticsView(input), input.cases);
  return toCsv([table.header, ...table.rows.map((row) => row.map(csvValue))]);
}

/**
 * Every table of the statistics in one file, in the workbook's order: each section is its title, its header row,
 * its rows and its notes, and sections are separated by an empty row.
 */
export function buildStatisticsCsv(input: StatisticsInput): string {
  const sections = statisticsTables(statisticsView(input)).map(section);
  return toCsv(sections.flatMap((rows, i) => (i === 0 ? rows : [[], ...rows])));
}

function section(table: ExportTable): CsvValue[][] {
  return [
    [table.title],
    table.header,
    ...table.rows.map((row) => row.map(csvValue)),
    ...table.notes.map((note) => [note]),
  ];
}

function csvValue(cell: ExportCell): CsvValue {
  if (cell === null || typeof cell !== "object") return cell;
  if (cell.value === null) return cell.display;
  // A plain space before "%", which a spreadsheet reads as a percentage.
  if (cell.kind === "share") return formatShare(cell.value).replace(/\u00a0/g, " ");
  if (cell.kind === "days") return formatDays(cell.value);
  return cell.value;
}
