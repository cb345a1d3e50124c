import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** The two calls the runner needs; satisfied by both `pg.Client` and PGlite. */
export interface SqlRunner {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

// turbopackIgnore: the folder is read at run time; the bundler must not trace the whole project for it.
export const MIGRATIONS_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations");

// Same table and checksum as Prisma's own migrate, so `prisma migrate status/deploy` accept the history.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/**
 * Key of the session-level advisory lock held while migrating and seeding: any fixed number, the same in every
 * instance of the app (and in `npm run reminders`, `npm run user:create`, …), so that processes starting at the
 * same moment take turns instead of applying a migration twice or creating reference data twice.
 */
export const MIGRATION_LOCK_KEY = 4_270_611_358_201;

/** Calls already running on one client, so that calls sharing it (PGlite in one process) take turns as well. */
const queues = new WeakMap<SqlRunner, Promise<unknown>>();

/**
 * Runs `work` holding the migration lock: `pg_advisory_lock` on MIGRATION_LOCK_KEY, released afterwards, also on
 * failure (and by the server if the connection drops). The advisory lock belongs to a session, and a session may
 * take it again, so calls on the same client are also queued here.
 */
export async function withMigrationLock<T>(db: SqlRunner, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(db) ?? Promise.resolve();
  const run = previous.then(async () => {
    await db.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      return await work();
    } finally {
      await db.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    }
  });
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(db, settled);
  void settled.then(() => {
    if (queues.get(db) === settled) queues.delete(db);
  });
  return run;
}

/**
 * Applies every pending migration in order, each in its own transaction, under the migration lock. `whileLocked`
 * (seeding) runs after the migrations, with their names, before the lock is released. Returns the names applied.
 */
export async function applyMigrations(
  db: SqlRunner,
  dir = MIGRATIONS_DIR,
  whileLocked?: (applied: string[]) => Promise<unknown>,
): Promise<string[]> {
  return withMigrationLock(db, async () => {
    const done = await applyPending(db, dir);
    await whileLocked?.(done);
    return done;
  });
}

async function applyPending(db: SqlRunner, dir: string): Promise<string[]> {
  // Only when missing: a role that may not create tables (the app's own, README "Database roles") can still check
  // that nothing is pending, where even CREATE TABLE IF NOT EXISTS would be refused.
  const [history] = (
    await db.query<{ present: boolean }>(
      `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "present"`,
    )
  ).rows;
  if (!history?.present) await db.exec(CREATE_TABLE);
  const applied = new Map(
    (
      await db.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
      )
    ).rows.map((row) => [row.migration_name, row.checksum]),
  );
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const done: string[] = [];
  for (const name of names) {
    const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
    const checksum = createHash("sha256").update(sql).digest("hex");
    const previous = applied.get(name);
    if (previous) {
      if (previous !== checksum) throw new Error(`Migrationen ${name} har ändrats efter att den körts.`);
      continue;
    }
    await db.exec("BEGIN");
    try {
      await db.exec(sql);
      await db.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
        [randomUUID(), checksum, name],
      );
      await db.exec("COMMIT");
    } catch (error) {
      await db.exec("ROLLBACK");
      throw error;
    }
    done.push(name);
  }
  return done;
}
