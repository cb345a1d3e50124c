import "server-only";
import { getDb } from "@/lib/db";
import { startStaffSession } from "@/lib/sessions/sessions";

/** A successful sign-in gets its session row; the token carries the row's id. */
export async function withStaffSession<T extends { id: string; sessionVersion: number }>(
  user: T | null,
  userAgent: string | undefined,
): Promise<(T & { sessionId: string }) | null> {
  if (!user) return null;
  const sessionId = await startStaffSession(await getDb(), user, userAgent ?? null);
  return { ...user, sessionId };
}

/**
 * The page's activity keep-alive refreshes the token without a page request: it counts as activity for the
 * session's idle check and its "last active" too. At most one write a minute per session.
 */
export async function recordSessionActivity(sessionId: string | undefined, now = new Date()) {
  if (!sessionId) return;
  await (
    await getDb()
  ).staffSession.updateMany({
    where: { id: sessionId, endedAt: null, lastSeenAt: { lt: new Date(now.getTime() - 60_000) } },
    data: { lastSeenAt: now },
  });
}
