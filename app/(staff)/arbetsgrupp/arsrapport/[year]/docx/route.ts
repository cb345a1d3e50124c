import { asDownload, exportAnnualReportDocx } from "@/lib/annual-report/export-annual-report";
import { parseReportYear } from "@/lib/annual-report/schemas";
import { downloadResponse } from "@/lib/downloads/download-response";

/** The year's annual report as a Word document (see downloadResponse); the export is audited. */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const year = parseReportYear((await params).year);
  return downloadResponse({
    name: "arsrapport.docx",
    permission: "anonymised:read",
    notFound: "Året finns inte.",
    build: year === null ? null : (db, user) => exportAnnualReportDocx(db, user, year).then(asDownload),
  });
}
