import { statisticsExportResponse } from "../export-response";

/** The year's statistics as an .xlsx workbook (see buildStatisticsWorkbook). */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  return statisticsExportResponse(params, "xlsx");
}
