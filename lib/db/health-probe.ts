import "server-only";
import pg from "pg";
import { env } from "@/lib/env";

/** How long an answer is trusted: a healthy database is asked again after this, a failed one sooner. */
const UP_FOR_MS = 10_000;
const DOWN_FOR_MS = 2_000;
const TIMEOUT_MS = 1_500;

export type DatabaseHealth = { isUp: true } | { isUp: false; reason: "database_unreachable" };

interface Cached {
  health: DatabaseHealth;
  until: number;
  pending?: Promise<DatabaseHealth>;
}

// Kept on globalThis: the proxy and the route handlers are bundled apart but share the process.
const cache = globalThis as unknown as { __bisDatabaseHealth?: Cached };

async function probe(): Promise<DatabaseHealth> {
  const client = new pg.Client({
    connectionString: env.DATABASE_URL,
    connectionTimeoutMillis: TIMEOUT_MS,
    query_timeout: TIMEOUT_MS,
  });
  // A refused connection also emits "error" on the client; without a listener Node.js would treat it as uncaught.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { isUp: true };
  } catch {
    return { isUp: false, reason: "database_unreachable" };
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Whether PostgreSQL answers, asked at most every few seconds with one short connection of its own (not the app's
 * pool, which a failing database can leave waiting). The embedded PGlite lives in this process: always up.
 */
export async function databaseHealth(now = Date.now()): Promise<DatabaseHealth> {
  if (!env.DATABASE_URL) return { isUp: true };
  const cached = cache.__bisDatabaseHealth;
  if (cached && now < cached.until) return cached.health;
  if (cached?.pending) return cached.pending;
  const pending = probe().then((health) => {
    cache.__bisDatabaseHealth = { health, until: Date.now() + (health.isUp ? UP_FOR_MS : DOWN_FOR_MS) };
    return health;
  });
  cache.__bisDatabaseHealth = { ...(cached ?? { health: { isUp: true }, until: 0 }), pending };
  return pending;
}
