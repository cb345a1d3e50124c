import { statisticsExportResponse } from "../export-response";

/** The year's breakdowns as one CSV file, a section per table. */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  return statisticsExportResponse(params, "csv-statistik");
}
