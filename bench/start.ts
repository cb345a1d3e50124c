import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ensureBuild, ROOT } from "./http-server";

/**
 * Time from `npm start` to the first page served (`/rapportera` answering 200), on the embedded PGlite in a new
 * directory: with an existing build, first on a new database (migrations and reference data included) and then
 * again on the same database; and, unless BENCH_START_CLONE=0, the first start on a fresh clone of the
 * repository (its dependencies hard-linked from this one: what `npm ci` would install, without the download),
 * which generates the Prisma client and builds. Printed only, no target.
 */

const PORT = 3900 + Math.floor(Math.random() * 90);

async function timeStart(cwd: string, env: Record<string, string>): Promise<number> {
  const started = performance.now();
  // A process group of its own, so that npm, tsx and next start stop together.
  const child = spawn("npm", ["start"], {
    cwd,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(PORT), DATABASE_URL: "", ...env },
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with code ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/rapportera`)).status === 200) break;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return (performance.now() - started) / 1000;
  } finally {
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      process.kill(-child.pid!, "SIGTERM");
    });
  }
}

ensureBuild();
const dir = await mkdtemp(path.join(os.tmpdir(), "bis-bench-start-"));
try {
  const pgliteDir = path.join(dir, "pglite");
  console.log(
    `npm start until /rapportera answers, embedded PGlite; node ${process.version}, ${os.cpus().length} CPUs`,
  );
  const first = await timeStart(ROOT, { PGLITE_DIR: pgliteDir });
  console.log(`  existing build, new database            ${first.toFixed(1).padStart(6)} s`);
  const again = await timeStart(ROOT, { PGLITE_DIR: pgliteDir });
  console.log(`  existing build, same database again     ${again.toFixed(1).padStart(6)} s`);

  if (process.env.BENCH_START_CLONE !== "0") {
    const clone = path.join(dir, "clone");
    spawnSync("git", ["clone", "--quiet", "--local", ROOT, clone], { stdio: "inherit" });
    const started = performance.now();
    spawnSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(clone, "node_modules")], {
      stdio: "inherit",
    });
    // What `npm ci` runs after installing (package.json's postinstall).
    spawnSync("npm", ["run", "postinstall"], { cwd: clone, stdio: "ignore" });
    const prepared = (performance.now() - started) / 1000;
    const seconds = await timeStart(clone, { PGLITE_DIR: path.join(clone, ".data", "pglite") });
    console.log(
      `  fresh clone: first start (builds)        ${(prepared + seconds).toFixed(1).padStart(6)} s ` +
        `(${prepared.toFixed(1)} s linking dependencies and generating the client, then npm start)`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
