import { exportStatistics, type StatisticsExportFormat } from "@/lib/anonymised-cases/export-statistics";
import { assertPermission } from "@/lib/auth/assert-permission";
import { getStaffUser } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { parseYear } from "../parse-year";

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

/**
 * A statistics export as a download. The permission is checked on the server (a refusal is logged), and the
 * export is audited before the file is sent.
 */
export async function statisticsExportResponse(
  params: Promise<{ year: string }>,
  format: StatisticsExportFormat,
): Promise<Response> {
  const user = await getStaffUser();
  const year = parseYear((await params).year);
  try {
    if (year === null) {
      // The permission first: a made-up URL tells a user without it nothing more than any other.
      await assertPermission(await getDb(), user, "anonymised:read");
      return new Response("Det finns ingen statistik för det året.", { status: 404, headers: TEXT });
    }
    const file = await exportStatistics(await getDb(), user, { year, format });
    return new Response(file.content as Uint8Array<ArrayBuffer>, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) {
      const status = error.code !== "FORBIDDEN" ? 422 : user ? 403 : 401;
      return new Response(error.message, { status, headers: TEXT });
    }
    const id = logError(`statistik.${format}`, error);
    return new Response(`Något gick fel hos oss (referens ${id}). Försök igen om en stund.`, {
      status: 500,
      headers: TEXT,
    });
  }
}
