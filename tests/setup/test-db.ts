import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { connect } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrations";
import { PGLITE_EXTENSIONS } from "@/lib/db/pglite-extensions";
import { env } from "@/lib/env";

export interface TestDb {
  prisma: PrismaClient;
  /** "pglite", or the name of the database created on the PostgreSQL server. */
  name: string;
  /** Empties every app table (not _prisma_migrations), restarting sequences. */
  truncate(): Promise<void>;
  close(): Promise<void>;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A client on the server in `url`: the URL's own database, or `postgres` when that one does not exist. */
export async function adminClient(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    if ((error as { code?: string }).code !== "3D000") throw error;
    const fallback = new pg.Client({ connectionString: withDatabase(url, "postgres") });
    await fallback.connect();
    return fallback;
  }
}

/**
 * Empties every app table between tests (never _prisma_migrations). One query finds the tables holding rows and
 * only those are truncated (CASCADE takes what refers to them along): TRUNCATE costs per table, even empty ones.
 */
function truncator(prisma: PrismaClient) {
  let findNonEmpty: string | undefined;
  return async () => {
    if (!findNonEmpty) {
      const tables = await prisma.$queryRaw<{ tablename: string }[]>`
        SELECT tablename FROM pg_tables
        WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'
        ORDER BY tablename`;
      if (tables.length === 0) throw new Error("Testdatabasen har inga tabeller: har migreringarna körts?");
      findNonEmpty = tables
        .map(({ tablename }) => `SELECT '${tablename}' AS name WHERE EXISTS (SELECT 1 FROM "${tablename}")`)
        .join(" UNION ALL ");
    }
    const nonEmpty = await prisma.$queryRawUnsafe<{ name: string }[]>(findNonEmpty);
    if (nonEmpty.length === 0) return;
    await prisma.$executeRawUnsafe(
      `TRUNCATE TABLE ${nonEmpty.map(({ name }) => `"${name}"`).join(", ")} RESTART IDENTITY CASCADE`,
    );
  };
}

/** The integration project's dump of a migrated PGlite (see global-setup.ts), or "" when there is none. */
function pgliteTemplate(): string {
  try {
    return inject("pgliteTemplate") ?? "";
  } catch {
    return "";
  }
}

/**
 * An embedded PGlite in memory, of its own. When the global setup left a migrated dump, the PGlite starts from
 * it (much faster than initdb) and the app's migration runner must then find nothing to apply; otherwise it is
 * a new `connect({ kind: "pglite", dir: "memory://" })`, migrated.
 */
async function createPgliteDb(): Promise<TestDb> {
  const template = pgliteTemplate();
  if (!template) {
    const connection = connect({ kind: "pglite", dir: "memory://" });
    await connection.migrate();
    return {
      prisma: connection.prisma,
      name: "pglite",
      truncate: truncator(connection.prisma),
      close: connection.close,
    };
  }
  const pglite = new PGlite({
    dataDir: "memory://",
    extensions: PGLITE_EXTENSIONS,
    loadDataDir: new Blob([await readFile(template)]),
  });
  const applied = await applyMigrations(pglite);
  if (applied.length > 0) throw new Error(`Testmallen saknade migreringar: ${applied.join(", ")}`);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    name: "pglite",
    truncate: truncator(prisma),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/**
 * A migrated, empty database for one test file. Without DATABASE_URL: an embedded PGlite in memory.
 * With DATABASE_URL: a new database `bis_test_<random>` on that server, dropped again by `close()`.
 */
export async function createTestDb(databaseUrl = env.DATABASE_URL): Promise<TestDb> {
  if (!databaseUrl) return createPgliteDb();

  const name = `bis_test_${randomBytes(6).toString("hex")}`;
  const admin = await adminClient(databaseUrl);
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    // A throwaway database need not wait for the disk at each commit; TRUNCATE is much faster without it.
    await admin.query(`ALTER DATABASE "${name}" SET synchronous_commit = off`);
  } finally {
    await admin.end();
  }
  const connection = connect({ kind: "postgres", url: withDatabase(databaseUrl, name) });
  const drop = async () => {
    const client = await adminClient(databaseUrl);
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
  try {
    await connection.migrate();
  } catch (error) {
    await connection.close().catch(() => {});
    await drop();
    throw error;
  }
  return {
    prisma: connection.prisma,
    name,
    truncate: truncator(connection.prisma),
    close: async () => {
      await connection.close();
      await drop();
    },
  };
}

/**
 * Registers the hooks of a database-backed test file: one database for the file, emptied before each test.
 * Read `.prisma` inside tests and hooks (it exists only once beforeAll has run).
 */
export function setupTestDb() {
  let db: TestDb | undefined;
  beforeAll(async () => {
    db = await createTestDb();
  });
  beforeEach(async () => {
    await db!.truncate();
  });
  afterAll(async () => {
    await db?.close();
  });
  return {
    get prisma(): PrismaClient {
      if (!db) throw new Error("setupTestDb: databasen finns först när beforeAll har körts.");
      return db.prisma;
    },
    get name(): string {
      return db?.name ?? "";
    },
  };
}
