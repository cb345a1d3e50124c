/**
 * Runs once when a Next.js server starts. In the Node.js runtime it starts the daily gallring (retention); not while
 * `next build` loads the app to prerender pages, and never in the edge runtime.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startRetentionSchedule } = await import("./lib/retention/retention-schedule");
  startRetentionSchedule();
}
