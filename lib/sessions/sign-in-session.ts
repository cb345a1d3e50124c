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
