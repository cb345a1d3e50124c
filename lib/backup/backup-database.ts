import "server-only";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { backupFileName, backupKind, type BackupKind } from "@/lib/backup/backup-files";
import type { DbTarget } from "@/lib/db";
import { PGLITE_EXTENSIONS } from "@/lib/db/pglite-extensions";

/**
 * Backup and restore of the one database, either kind (README "Backup and restore"):
 * - PostgreSQL: `pg_dump --format=custom` and `pg_restore` into a new, empty database. The dump is one consistent
 *   snapshot, taken while the app runs.
 * - PGlite: its data directory as a .tar.gz (`PGlite.dumpDataDir`), loaded again into an empty directory. A PGlite
 *   directory opens in one process at a time: stop the app for both.
 * The files hold personal data: they are written readable by their owner only.
 */

export interface BackupResult {
  file: string;
  bytes: number;
}

/** A timestamped backup of `target` in `dir` (created when missing). */
export async function backupDatabase(target: DbTarget, dir: string, now = new Date()): Promise<BackupResult> {
  const kind: BackupKind = target.kind;
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.resolve(dir, backupFileName(kind, now));
  if (existsSync(file)) throw new Error(`${file} finns redan.`);
  const partial = `${file}.partial`;
  try {
    if (target.kind === "postgres") await dumpPostgres(target.url, partial);
    else await dumpPgliteDir(target.dir, partial);
    await chmod(partial, 0o600);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { file, bytes: (await stat(file)).size };
}

/** Loads a backup into `target`, which must be empty: a new PostgreSQL database, or a PGlite directory not yet used. */
export async function restoreDatabase(file: string, target: DbTarget): Promise<void> {
  const kind = backupKind(file);
  if (!kind) throw new Error(`${file} är ingen säkerhetskopia: filen ska sluta på .dump eller .tar.gz.`);
  if (!existsSync(file)) throw new Error(`${file} finns inte.`);
  if (kind !== target.kind) {
    throw new Error(
      kind === "postgres"
        ? `${file} kommer från PostgreSQL (pg_dump): sätt DATABASE_URL till den tomma databasen att återställa till.`
        : `${file} kommer från den inbyggda databasen (PGlite): töm DATABASE_URL och sätt PGLITE_DIR till en ny katalog.`,
    );
  }
  if (target.kind === "postgres") await restorePostgres(file, target.url);
  else await restorePgliteDir(file, target.dir);
}

// PostgreSQL ---------------------------------------------------------------------------------------------------

/**
 * The client tools take the URL without its password, which goes into PGPASSWORD: a command line can be read by
 * every user of the machine (ps), a process's environment cannot.
 */
function libpqConnection(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

function runTool(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "inherit", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "ENOENT"
          ? new Error(
              `${command} hittades inte: installera PostgreSQL:s klientprogram (Debian: postgresql-client) i ` +
                "serverns huvudversion eller senare.",
            )
          : error,
      );
    });
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} misslyckades (slutkod ${code}): ${stderr.trim()}`));
    });
  });
}

export async function dumpPostgres(url: string, file: string): Promise<void> {
  const { dbname, env } = libpqConnection(url);
  await runTool("pg_dump", ["--format=custom", "--no-password", `--file=${file}`, `--dbname=${dbname}`], env);
}

/** Refuses a database that holds any table, view or sequence: a restore never mixes with what is there. */
async function assertEmptyPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`
      SELECT count(*) AS "count" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
        AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')`);
    if (Number(rows[0]!.count) > 0) {
      throw new Error(
        `Databasen ${client.database} är inte tom. Återställ till en ny databas (CREATE DATABASE … OWNER …) ` +
          "och peka DATABASE_URL (och MIGRATION_DATABASE_URL) på den.",
      );
    }
  } finally {
    await client.end();
  }
}

/**
 * pg_restore in one transaction, stopping at the first error, so a failed restore leaves the database empty. The
 * objects are owned by the role restoring (--no-owner: the owner's name may differ on another server); the grants
 * in the dump are restored, so the roles they name must exist (README "Database roles").
 */
export async function restorePostgres(file: string, url: string): Promise<void> {
  await assertEmptyPostgres(url);
  const { dbname, env } = libpqConnection(url);
  await runTool(
    "pg_restore",
    ["--no-password", "--exit-on-error", "--single-transaction", "--no-owner", `--dbname=${dbname}`, file],
    env,
  );
}

// PGlite -------------------------------------------------------------------------------------------------------

function assertDirectory(dir: string): void {
  if (dir.includes("://"))
    throw new Error(`PGLITE_DIR är ${dir}: en databas i minnet kan inte säkerhetskopieras.`);
}

/** Writes the data directory of an open PGlite as a .tar.gz. */
export async function dumpPglite(pglite: PGlite, file: string): Promise<void> {
  const dump = await pglite.dumpDataDir("gzip");
  await writeFile(file, new Uint8Array(await dump.arrayBuffer()), { mode: 0o600 });
}

async function dumpPgliteDir(dir: string, file: string): Promise<void> {
  assertDirectory(dir);
  // Opening a directory that is not a database would create an empty one and back that up.
  if (!existsSync(path.join(dir, "PG_VERSION"))) throw new Error(`${dir} innehåller ingen databas.`);
  const pglite = new PGlite(dir, { extensions: PGLITE_EXTENSIONS });
  try {
    await pglite.waitReady;
    await dumpPglite(pglite, file);
  } finally {
    await pglite.close();
  }
}

/** Loads a .tar.gz into `dir`, which must not exist or be empty; the database is closed again afterwards. */
export async function restorePgliteDir(file: string, dir: string): Promise<void> {
  assertDirectory(dir);
  if (existsSync(dir) && (await readdir(dir)).length > 0) {
    throw new Error(
      `${dir} är inte tom. Flytta den gamla katalogen undan, eller sätt PGLITE_DIR till en ny katalog, och försök igen.`,
    );
  }
  await mkdir(path.dirname(path.resolve(dir)), { recursive: true });
  const pglite = new PGlite({
    dataDir: dir,
    extensions: PGLITE_EXTENSIONS,
    loadDataDir: new Blob([await readFile(file)], { type: "application/x-gzip" }),
  });
  try {
    await pglite.query("SELECT 1");
  } finally {
    await pglite.close();
  }
}
