import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

/** Helpers for the benchmarks that drive `next start` over HTTP on loopback. */

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const NEXT = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
export const MB = 1024 * 1024;

/** `next build` when there is no build yet; an existing build is used as it is. */
export function ensureBuild(): void {
  if (existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return;
  console.log("No build in .next: running next build first.");
  const result = spawnSync(process.execPath, [NEXT, "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXTAUTH_SECRET: randomBytes(32).toString("base64") },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export interface Server {
  url: string;
  process: ChildProcess;
  /** Resident memory of the server process, from /proc. */
  rssBytes(): number;
  stop(): Promise<void>;
}

/** `next start` on a free port with the given database settings; resolves when it answers the no-op route. */
export async function startServer(env: Record<string, string>, port: number): Promise<Server> {
  const child = spawn(process.execPath, [NEXT, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
      APP_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/noop`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error("next start did not answer within 120 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    process: child,
    rssBytes: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export interface Load {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
}

/** autocannon with its result reduced to the figures the benchmarks print. */
export async function load(label: string, options: autocannon.Options): Promise<Load> {
  const result = await autocannon({ connections: 20, ...options });
  const requests = result.requests.total;
  return {
    label,
    requestsPerSecond: requests / (result.duration || 1),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

export function describeLoad(figures: Load, baseline?: Load): string {
  const ratio = baseline
    ? `  ${(figures.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)} × no-op`
    : "";
  return (
    `  ${figures.label.padEnd(30)} ${figures.requestsPerSecond.toFixed(0).padStart(6)} req/s` +
    `   p50 ${String(figures.p50).padStart(4)} ms   p99 ${String(figures.p99).padStart(4)} ms` +
    `${figures.errors ? `   ${figures.errors} errors` : ""}${ratio}`
  );
}

/** The id Next.js gave a server action: looked up by its exported name in the build's manifest. */
export function actionId(exportedName: string, page: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(ROOT, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { workers: Record<string, unknown>; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) =>
      entry.exportedName === exportedName && Object.keys(entry.workers).some((w) => w.includes(page)),
  );
  if (!found) throw new Error(`No server action ${exportedName} on ${page} in the build's manifest`);
  return found[0];
}
