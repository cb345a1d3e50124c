import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { MIGRATIONS_DIR, applyMigrations } from "@/lib/db/migrations";
import { PGLITE_EXTENSIONS } from "@/lib/db/pglite-extensions";
import { env } from "@/lib/env";

declare module "vitest" {
  export interface ProvidedContext {
    /** A tarball of a migrated PGlite data directory each integration test file loads ("" on PostgreSQL). */
    pgliteTemplate: string;
  }
}

const CACHE_DIR = path.join(process.cwd(), "node_modules", ".cache", "bis-tests");

/** Changes whenever a migration or the PGlite version changes, so a cached template is never stale. */
async function templateKey(): Promise<string> {
  const hash = createHash("sha256");
  hash.update(
    await readFile(path.join(process.cwd(), "node_modules", "@electric-sql", "pglite", "package.json")),
  );
  const names = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    hash.update(name).update(await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql")));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Starting a new PGlite runs initdb in WASM, which takes seconds on a busy machine. With no DATABASE_URL, the
 * integration project migrates one in-memory PGlite and dumps its data directory (cached under
 * node_modules/.cache until a migration changes); each test file loads its own in-memory copy of the dump and
 * runs the migrations again, which must find nothing left to apply.
 */
export default async function setup(project: TestProject) {
  if (env.DATABASE_URL) {
    project.provide("pgliteTemplate", "");
    return;
  }
  const file = path.join(CACHE_DIR, `pglite-${await templateKey()}.tar`);
  if (!existsSync(file)) {
    await mkdir(CACHE_DIR, { recursive: true });
    const pglite = new PGlite("memory://", { extensions: PGLITE_EXTENSIONS });
    try {
      await applyMigrations(pglite);
      const dump = await pglite.dumpDataDir("none");
      const partial = `${file}.${process.pid}.tmp`;
      await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
      await rename(partial, file);
    } finally {
      await pglite.close();
    }
  }
  project.provide("pgliteTemplate", file);
}
