import { spawn } from "node:child_process";
import { createServer } from "node:net";

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * One more `next start` of the build the suite runs against, on a free port, with the environment given on top of
 * this process's; `url` answers once /api/health does (with any status). `stop()` ends it and the server npx
 * started.
 */
export async function startNextServer(env: Record<string, string | undefined>) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      APP_URL: url,
      NEXTAUTH_SECRET: process.env.E2E_NEXTAUTH_SECRET,
      RETENTION_DAILY: "false",
      ...env,
    },
    stdio: "ignore",
    // Its own process group, so the server npx starts goes down with it.
    detached: true,
  });
  const stop = () => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  };
  for (let i = 0; i < 120; i++) {
    const ready = await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    );
    if (ready) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`next start on ${url} did not answer`);
}
