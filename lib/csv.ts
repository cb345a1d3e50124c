export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV cell (RFC 4180 quoting). Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a
 * leading apostrophe, so an exported log cannot carry a formula into the reader's spreadsheet.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";,\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Semicolon-separated with a byte order mark and CRLF line ends: what Excel with Swedish settings opens directly,
 * with å, ä and ö intact.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(";")).join("\r\n")}\r\n`;
}
