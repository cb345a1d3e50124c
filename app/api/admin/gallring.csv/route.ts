import { getStaffUser } from "@/lib/auth/staff-session";
import { stockholmDate } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { exportErasureLog } from "@/lib/retention/export-erasure-log";

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

/**
 * The gallringslogg (every erased case) as a CSV file. The permission is checked here on the server (a refusal is
 * logged), and the export is audited in the same transaction as the read.
 */
export async function GET() {
  const user = await getStaffUser();
  try {
    const { csv } = await exportErasureLog(await getDb(), user);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="gallringslogg-${stockholmDate(new Date())}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) {
      const status = error.code !== "FORBIDDEN" ? 422 : user ? 403 : 401;
      return new Response(error.message, { status, headers: TEXT });
    }
    const id = logError("gallring.csv", error);
    return new Response(`Något gick fel hos oss (referens ${id}). Försök igen om en stund.`, {
      status: 500,
      headers: TEXT,
    });
  }
}
