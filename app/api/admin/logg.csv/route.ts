import { exportAuditLog } from "@/lib/audit/export-audit-log";
import { stockholmDate } from "@/lib/dates";
import { ZAuditLogFilters, auditLogSearch } from "@/lib/audit/schemas";
import { getStaffUser } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { logError } from "@/lib/log";

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

/**
 * The audit log search as a CSV file. The permission is checked here on the server (a refusal is logged), and the
 * export is audited in the same transaction as the read.
 */
export async function GET(request: Request) {
  const filters = auditLogSearch(
    ZAuditLogFilters.parse(Object.fromEntries(new URL(request.url).searchParams)),
  );
  const user = await getStaffUser();
  try {
    const { csv } = await exportAuditLog(await getDb(), user, filters);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="logg-${stockholmDate(new Date())}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) {
      const status = error.code !== "FORBIDDEN" ? 422 : user ? 403 : 401;
      return new Response(error.message, { status, headers: TEXT });
    }
    const id = logError("logg.csv", error);
    return new Response(`Något gick fel hos oss (referens ${id}). Försök igen om en stund.`, {
      status: 500,
      headers: TEXT,
    });
  }
}
