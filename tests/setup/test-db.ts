import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { connect } from "@/lib/db";

export interface TestDb {
  prisma: PrismaClient;
  /** "pglite" or the name of the database created on the PostgreSQL server. */
  name: string;
  /** Empties every app table (not _prisma_migrations), restarting sequences. */
  truncate(): Promise<void>;
  close(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A client on the server in `url`: the URL's own database, or `postgres` when that one does not exist. */
async function adminClient(url: string): Promise<pg.Client> {
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

function truncator(prisma: PrismaClient) {
  let statement: string | undefined;
  return async () => {
    if (!statement) {
      const tables = await prisma.$queryRaw<{ tablename: string }[]>`
        SELECT tablename FROM pg_tables
        WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'
        ORDER BY tablename`;
      if (tables.length === 0) throw new Error("Testdatabasen har inga tabeller: har migreringarna körts?");
      statement = `TRUNCATE TABLE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`;
    }
    await prisma.$executeRawUnsafe(statement);
  };
}

/**
 * A migrated, empty database for one test file. Without DATABASE_URL: an embedded PGlite in memory.
 * With DATABASE_URL: a new database `bis_test_<random>` on that server, dropped again by `close()`.
 */
export async function createTestDb(databaseUrl = process.env.DATABASE_URL): Promise<TestDb> {
  if (!databaseUrl) {
    const connection = connect({ kind: "pglite", dir: "memory://" });
    await connection.migrate();
    return { prisma: connection.prisma, name: "pglite", truncate: truncator(connection.prisma), close: connection.close };
  }

  const name = `bis_test_${randomBytes(6).toString("hex")}`;
  const admin = await adminClient(databaseUrl);
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
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
export function useTestDb() {
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
      if (!db) throw new Error("useTestDb: databasen finns först när beforeAll har körts.");
      return db.prisma;
    },
    get name(): string {
      return db?.name ?? "";
    },
  };
}
