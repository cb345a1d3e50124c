import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
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
  if (process.env.FORCE_BUILD && process.env.FORCE_BUILD !== "0") return "FORCE_BUILD är satt";
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "ingen build finns";
  const built = statSync(buildId).mtimeMs;
  const changed = SOURCES.find((source) => newestMtime(path.join(ROOT, source)) > built);
  return changed ? `${changed} har ändrats sedan senaste build` : undefined;
}

await migrateAndSeed();
if (
  env.NEXTAUTH_SECRET.startsWith("development-") &&
  !/^https?:\/\/(localhost|127\.0\.0\.1)\b/.test(env.APP_URL)
) {
  console.warn(
    "Varning: NEXTAUTH_SECRET har sitt utvecklingsvärde. Sätt en egen hemlighet innan appen används på riktigt.",
  );
}

const reason = buildReason();
if (reason) {
  console.log(`Bygger appen (${reason})…`);
  const { code } = await runCommand(bin("next"), ["build"]);
  if (code !== 0) process.exit(code);
}

const port = process.env.PORT || "3000";
const server = spawn(bin("next"), ["start", "-p", port], { cwd: ROOT, env: toolEnv(), stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
