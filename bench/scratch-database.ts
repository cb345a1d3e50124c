import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * The benchmarks' scratch databases: each run makes its data in a database of its own (a new PostgreSQL database
 * on the server in DATABASE_URL, or a new directory for the embedded PGlite) and removes it afterwards, also when
 * the run fails.
 */

/** The server's URL with another database in it. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** One statement on the server in `url`, on a connection of its own (CREATE/DROP DATABASE cannot share one). */
export async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * `run` with a new database `<prefix>_<time>` on the server in `serverUrl` (its URL and name), dropped afterwards
 * even while connections to it are still open.
 */
export async function withScratchDatabase<T>(
  serverUrl: string,
  prefix: string,
  run: (url: string, name: string) => Promise<T>,
): Promise<T> {
  const name = `${prefix}_${Date.now()}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  try {
    return await run(withDatabase(serverUrl, name), name);
  } finally {
    await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

/** `run` with a new directory under the system's temporary directory (for an embedded PGlite), removed afterwards. */
export async function withScratchDirectory<T>(prefix: string, run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
