import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { applyMigrations, type SqlRunner } from "@/lib/db/migrations";
import { PGLITE_EXTENSIONS } from "@/lib/db/pglite-extensions";

interface Connection {
  prisma: PrismaClient;
  /**
   * Applies pending migrations under the migration lock (lib/db/migrations.ts); `whileLocked`, e.g. seeding, runs
   * before the lock is released, with the names applied. Returns those names.
   */
  migrate: (whileLocked?: (applied: string[]) => Promise<unknown>) => Promise<string[]>;
  close: () => Promise<void>;
}

/**
 * Which database to open: named explicitly, so a caller that means PGlite never lands on DATABASE_URL. On
 * PostgreSQL, `migrationUrl` (the owner's role) applies the migrations when set; `url` serves everything else.
 */
export type DbTarget =
  { kind: "postgres"; url: string; migrationUrl?: string } | { kind: "pglite"; dir: string };

/** PostgreSQL when DATABASE_URL is set (migrated through MIGRATION_DATABASE_URL when set), otherwise PGlite. */
export function configuredTarget(): DbTarget {
  return env.DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL, migrationUrl: env.MIGRATION_DATABASE_URL }
    : { kind: "pglite", dir: env.PGLITE_DIR };
}

/**
 * The configured database as its owner sees it: on PostgreSQL, MIGRATION_DATABASE_URL when set, for what migrates,
 * seeds, backs up and restores. The app itself and the other scripts use configuredTarget().
 */
export function ownerTarget(): DbTarget {
  const target = configuredTarget();
  return target.kind === "postgres" && target.migrationUrl
    ? { kind: "postgres", url: target.migrationUrl }
    : target;
}

/** Same schema, same migrations, same client on both; a PGlite dir of "memory://" keeps it in memory. */
export function connect(target: DbTarget = configuredTarget()): Connection {
  if (target.kind === "postgres") {
    const databaseUrl = target.url;
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
    return {
      prisma,
      migrate: async (whileLocked) => {
        const client = new pg.Client({ connectionString: target.migrationUrl ?? databaseUrl });
        await client.connect();
        try {
          const runner: SqlRunner = {
            exec: (sql) => client.query(sql),
            query: async <T>(sql: string, params?: unknown[]) => ({
              rows: (await client.query(sql, params)).rows as T[],
            }),
          };
          return await applyMigrations(runner, undefined, whileLocked);
        } finally {
          await client.end();
        }
      },
      close: () => prisma.$disconnect(),
    };
  }
  const pgliteDir = target.dir;
  // PGlite creates its own folder but not the folders above it.
  if (!pgliteDir.includes("://")) mkdirSync(path.dirname(path.resolve(pgliteDir)), { recursive: true });
  const pglite = new PGlite(pgliteDir, { extensions: PGLITE_EXTENSIONS });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    migrate: (whileLocked) => applyMigrations(pglite, undefined, whileLocked),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

const globalForDb = globalThis as unknown as { brisDb?: Promise<PrismaClient> };

/**
 * The app's one Prisma client, created on first use (never at import, so `next build` opens no database)
 * and only after pending migrations are applied.
 */
export function getDb(): Promise<PrismaClient> {
  globalForDb.brisDb ??= (async () => {
    const connection = connect();
    await connection.migrate();
    return connection.prisma;
  })().catch((error) => {
    globalForDb.brisDb = undefined;
    throw error;
  });
  return globalForDb.brisDb;
}
