import { exportStatistics, type StatisticsExportFormat } from "@/lib/anonymised-cases/export-statistics";
import { downloadResponse } from "@/lib/downloads/download-response";
import { parseYear } from "../parse-year";

/** A statistics export as a download (see downloadResponse); the export is audited before the file is sent. */
export async function statisticsExportResponse(
  params: Promise<{ year: string }>,
  format: StatisticsExportFormat,
): Promise<Response> {
  const year = parseYear((await params).year);
  return downloadResponse({
    name: `statistik.${format}`,
    permission: "anonymised:read",
    notFound: "Det finns ingen statistik för det året.",
    build: year === null ? null : (db, user) => exportStatistics(db, user, { year, format }),
  });
}
