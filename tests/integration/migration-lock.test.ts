import { readdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { connect } from "@/lib/db";
import { applyMigrations, MIGRATIONS_DIR, type SqlRunner } from "@/lib/db/migrations";
import { PGLITE_EXTENSIONS } from "@/lib/db/pglite-extensions";
import { ensureReferenceData } from "@/lib/reference-data/ensure-reference-data";
import {
  createScratchDatabase,
  reachablePostgres,
  type ScratchDatabase,
} from "@/tests/setup/postgres-server";

// Two instances of the app (or an instance and `npm run reminders`) starting at the same moment both migrate and
// seed one database. The migration lock makes them take turns: every migration is applied once, without errors.

const MIGRATION_NAMES = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

async function migrationRows(db: SqlRunner) {
  return (
    await db.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
    )
  ).rows.map((row) => row.migration_name);
}

describe("migration lock on PGlite", () => {
  it("applies every migration once when two runs share one client", async () => {
    const pglite = new PGlite("memory://", { extensions: PGLITE_EXTENSIONS });
    try {
      const runs = await Promise.all([applyMigrations(pglite), applyMigrations(pglite)]);
      expect([...runs[0], ...runs[1]].sort()).toEqual(MIGRATION_NAMES);
      expect(await migrationRows(pglite)).toEqual(MIGRATION_NAMES);
      // The lock is released: a third run gets it and finds nothing to do.
      expect(await applyMigrations(pglite)).toEqual([]);
    } finally {
      await pglite.close();
    }
  });
});

const server = await reachablePostgres("testet av migreringslåset på PostgreSQL");

describe.skipIf(!server)("migration lock on PostgreSQL", () => {
  let database: ScratchDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it("applies every migration and the reference data once when two instances start together", async () => {
    database = await createScratchDatabase(server!, "bis_lock");
    const first = connect({ kind: "postgres", url: database.url });
    const second = connect({ kind: "postgres", url: database.url });
    const now = new Date();
    try {
      const runs = await Promise.all(
        [first, second].map((connection) =>
          connection.migrate(() => ensureReferenceData(connection.prisma, { now })),
        ),
      );
      expect([...runs[0]!, ...runs[1]!].sort()).toEqual(MIGRATION_NAMES);

      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const runner: SqlRunner = {
          exec: (sql) => client.query(sql),
          query: async <T>(sql: string, params?: unknown[]) => ({
            rows: (await client.query(sql, params)).rows as T[],
          }),
        };
        expect(await migrationRows(runner)).toEqual(MIGRATION_NAMES);
        // Seeding ran under the lock too (without it, the second run's inserts collide with the first's).
        expect(
          Number((await client.query(`SELECT count(*) AS n FROM "Organisation"`)).rows[0].n),
        ).toBeGreaterThan(0);
        // Nobody holds the lock afterwards.
        const held = await client.query(
          `SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory'
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        );
        expect(Number(held.rows[0].n)).toBe(0);
      } finally {
        await client.end();
      }
    } finally {
      await first.close();
      await second.close();
    }
  });
});
