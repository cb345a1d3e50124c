import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEVELOPMENT_SECRET, env } from "@/lib/env";
import { migrateAndSeed } from "@/prisma/seed";
import { bin, ROOT, runCommand, toolEnv } from "./lib/run-command";

/**
 * `npm start`: migrate and seed, build when the build is missing or older than the sources (or FORCE_BUILD=1),
 * then hand over to `next start`. The database is closed first: a PGlite directory opens in one process only.
 */

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "generated",
  "prisma/schema.prisma",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "proxy.ts",
  "middleware.ts",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (child === "node_modules" || child.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

function buildReason(): string | undefined {
  if (env.FORCE_BUILD) return "FORCE_BUILD är satt";
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "ingen build finns";
  const built = statSync(buildId).mtimeMs;
  const changed = SOURCES.find((source) => newestMtime(path.join(ROOT, source)) > built);
  return changed ? `${changed} har ändrats sedan senaste build` : undefined;
}

const SECRET_FILE = path.join(ROOT, ".data", "nextauth-secret");

/**
 * `next build` and `next start` run with NODE_ENV=production, where lib/env.ts refuses a missing NEXTAUTH_SECRET and
 * the public development value. So that `npm start` works with no configuration, a secret that is not set (or is
 * that development value) is replaced by a random one, generated at the first start into .data/nextauth-secret and
 * reused afterwards; it reaches Next.js through the environment. A secret that is set is used as it is.
 */
function sessionSecret(): string {
  if (env.NEXTAUTH_SECRET !== DEVELOPMENT_SECRET) return env.NEXTAUTH_SECRET;
  const relative = path.relative(ROOT, SECRET_FILE);
  const saved = existsSync(SECRET_FILE) ? readFileSync(SECRET_FILE, "utf8").trim() : "";
  if (saved.length >= 16) {
    console.log(`NEXTAUTH_SECRET är inte satt: använder hemligheten i ${relative}.`);
    return saved;
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  writeFileSync(SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  console.log(
    `NEXTAUTH_SECRET är inte satt: en slumpad hemlighet har skapats i ${relative} och används vid varje start. ` +
      "Sätt NEXTAUTH_SECRET själv om flera servrar delar databasen.",
  );
  return secret;
}

const secret = sessionSecret();
await migrateAndSeed();

const reason = buildReason();
if (reason) {
  console.log(`Bygger appen (${reason})…`);
  const { code } = await runCommand(bin("next"), ["build"], { env: { NEXTAUTH_SECRET: secret } });
  if (code !== 0) process.exit(code);
}

// The environment passed on is the one lib/env.ts saw, `.env` included, so Next.js serves the database just migrated.
// The owner's MIGRATION_DATABASE_URL stays here: the app finds nothing to migrate and needs only its own role. Set
// empty rather than removed, so that neither Next.js nor lib/env.ts takes it from `.env` again.
const server = spawn(bin("next"), ["start", "-p", String(env.PORT)], {
  cwd: ROOT,
  env: toolEnv({ NEXTAUTH_SECRET: secret, MIGRATION_DATABASE_URL: "" }),
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
