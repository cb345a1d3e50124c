import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "@/lib/db/migrations";
import {
  createScratchDatabase,
  reachablePostgres,
  type ScratchDatabase,
} from "@/tests/setup/postgres-server";

// A DATABASE_URL written only in `.env` must be the database that the scripts `npm start` runs migrate and seed,
// not an embedded database next to it. The scripts run as the npm scripts run them, in a directory of their own
// whose `.env` names a new database on the PostgreSQL server, with no DATABASE_URL in the environment.

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const run = promisify(execFile);
const server = await reachablePostgres("testet av .env-inläsningen");
const NOT_PASSED = new Set(["DATABASE_URL", "NODE_ENV", "SEED_DEMO"]);

async function tsx(script: string, cwd: string, strayPglite: string) {
  // Whatever this test process got from the environment (or from the project's own .env) must not decide it.
  const environment: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !NOT_PASSED.has(key))),
    // What the scripts get under `npm start`, where NODE_ENV is not set (lib/env.ts reads that as development).
    NODE_ENV: "development",
    PGLITE_DIR: strayPglite,
  };
  return run(
    path.join(ROOT, "node_modules", ".bin", "tsx"),
    ["--tsconfig", path.join(ROOT, "tsconfig.json"), "--conditions=react-server", path.join(ROOT, script)],
    { cwd, env: environment, timeout: 90_000 },
  );
}

async function count(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0]?.n);
  } finally {
    await client.end();
  }
}

describe.skipIf(!server)("DATABASE_URL in .env only", () => {
  let database: ScratchDatabase;
  let dir: string;
  let strayPglite: string;

  beforeAll(async () => {
    database = await createScratchDatabase(server!, "bis_env");
    dir = await mkdtemp(path.join(os.tmpdir(), "bis-env-"));
    strayPglite = path.join(dir, "stray-pglite");
    // The scripts read prisma/migrations from the working directory, as they do from the project root.
    await symlink(path.join(ROOT, "prisma"), path.join(dir, "prisma"));
    await writeFile(path.join(dir, ".env"), `# only here\nDATABASE_URL=${database.url}\n`);
  });

  afterAll(async () => {
    await database?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("is the database db:migrate migrates and prepare-db seeds", async () => {
    const migrations = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((e) =>
      e.isDirectory(),
    );

    const migrated = await tsx("scripts/db-migrate.ts", dir, strayPglite);
    expect(migrated.stdout).toContain("Migrerade:");
    expect(await count(database.url, `SELECT count(*) AS n FROM "_prisma_migrations"`)).toBe(
      migrations.length,
    );

    // migrateAndSeed is what `npm start` and `npm run dev` run before Next.js starts.
    const seeded = await tsx("scripts/prepare-db.ts", dir, strayPglite);
    expect(seeded.stdout).toContain("Grunddata skapad");
    expect(await count(database.url, `SELECT count(*) AS n FROM "Organisation"`)).toBeGreaterThan(0);
    expect(await count(database.url, `SELECT count(*) AS n FROM "_prisma_migrations"`)).toBe(
      migrations.length,
    );

    expect(existsSync(strayPglite), "an embedded database was created beside the configured one").toBe(false);
  }, 180_000);
});
