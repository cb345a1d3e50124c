import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Ready when the database answers (and its migrations have been applied by getDb). */
export async function GET() {
  const db = await getDb();
  await db.$queryRaw`SELECT 1`;
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
