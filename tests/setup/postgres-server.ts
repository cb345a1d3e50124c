import { randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { adminClient, withDatabase } from "./test-db";

/**
 * A PostgreSQL server for tests that need one even on the embedded-database run: the server in DATABASE_URL, or the
 * local one every development machine and CI has (127.0.0.1:5432, user postgres, trust).
 */
export const POSTGRES_SERVER_URL = env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/**
 * The server's URL when it answers. When it does not, the caller skips its tests and this says so in the output;
 * in CI (CI set) the server is part of the set-up, so its absence is an error instead.
 */
export async function reachablePostgres(what: string): Promise<string | undefined> {
  try {
    const client = await adminClient(POSTGRES_SERVER_URL);
    await client.end();
    return POSTGRES_SERVER_URL;
  } catch (error) {
    const where = new URL(POSTGRES_SERVER_URL).host;
    if (process.env.CI) throw new Error(`PostgreSQL på ${where} svarar inte (${String(error)}).`);
    console.warn(`PostgreSQL på ${where} svarar inte: ${what} hoppas över.`);
    return undefined;
  }
}

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database on the server (not migrated), dropped again by `drop()`. */
export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = await adminClient(serverUrl);
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: withDatabase(serverUrl, name),
    drop: async () => {
      const client = await adminClient(serverUrl);
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
