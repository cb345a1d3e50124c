import { exportAnnualReportDocx } from "@/lib/annual-report/export-annual-report";
import { parseReportYear } from "@/lib/annual-report/schemas";
import { getStaffUser } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { logError } from "@/lib/log";

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * The year's annual report as a Word document. The permission is checked on the server (a refusal is logged) and
 * the export is audited.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const year = parseReportYear((await params).year);
  if (!year) return new Response("Året finns inte.", { status: 404, headers: TEXT });
  const user = await getStaffUser();
  try {
    const { docx, fileName } = await exportAnnualReportDocx(await getDb(), user, year);
    return new Response(new Uint8Array(docx), {
      headers: {
        "Content-Type": DOCX,
        "Content-Disposition": `attachment; filename="brister-i-samverkan-${year}.docx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) {
      const status = error.code !== "FORBIDDEN" ? 422 : user ? 403 : 401;
      return new Response(error.message, { status, headers: TEXT });
    }
    const id = logError("arsrapport.docx", error);
    return new Response(`Något gick fel hos oss (referens ${id}). Försök igen om en stund.`, {
      status: 500,
      headers: TEXT,
    });
  }
}
