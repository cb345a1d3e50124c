import { getDb } from "@/lib/db";
import { databaseHealth } from "@/lib/db/health-probe";
import { logError } from "@/lib/log";
import { RETRY_AFTER_SECONDS } from "@/lib/security/unavailable-page";

export const dynamic = "force-dynamic";

const unavailable = (reason: string) =>
  Response.json(
    { status: "unavailable", reason },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) } },
  );

/** Ready when the database answers (and its migrations have been applied by getDb); 503 with the reason if not. */
export async function GET() {
  const health = await databaseHealth();
  if (!health.isUp) return unavailable(health.reason);
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
  } catch (error) {
    logError("api/health", error);
    return unavailable("database_error");
  }
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
