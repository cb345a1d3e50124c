import { statisticsExportResponse } from "../export-response";

/** The year's anonymised brister as CSV, one row each, no free text. */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  return statisticsExportResponse(params, "csv-brister");
}
