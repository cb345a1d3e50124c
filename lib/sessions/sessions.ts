import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { describeDevice } from "@/lib/sessions/device";
import type { TSessionRef } from "@/lib/sessions/schemas";
import type { TUserRef } from "@/lib/users/schemas";

/** Last activity is written at most once a minute per session: a page view shouldn't always cost a write. */
const TOUCH_AFTER_MS = 60_000;

/** A row per sign-in: its id goes into the session token and is checked on every request. */
export async function startStaffSession(
  db: PrismaClient,
  user: { id: string; sessionVersion: number },
  userAgent: string | null,
  now = new Date(),
): Promise<string> {
  const session = await db.staffSession.create({
    data: {
      userId: user.id,
      sessionVersion: user.sessionVersion,
      userAgent: (userAgent ?? "").slice(0, 400),
      createdAt: now,
      lastSeenAt: now,
    },
    select: { id: true },
  });
  return session.id;
}

/** Whether the token's session is still open (not ended, not idle too long); records the activity. */
export async function touchStaffSession(
  db: PrismaClient,
  session: { id: string; userId: string; sessionVersion: number },
  now = new Date(),
): Promise<boolean> {
  const row = await db.staffSession.findUnique({ where: { id: session.id } });
  if (
    !row ||
    row.userId !== session.userId ||
    row.endedAt ||
    row.sessionVersion !== session.sessionVersion ||
    row.lastSeenAt.getTime() < now.getTime() - env.SESSION_IDLE_MINUTES * 60_000
  ) {
    return false;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.staffSession.update({ where: { id: row.id }, data: { lastSeenAt: now } });
  }
  return true;
}

/** The user's open sessions, newest activity first, with the device named for people. */
export async function listOwnSessions(
  db: PrismaClient,
  actor: { id: string; sessionVersion: number },
  now = new Date(),
) {
  const rows = await db.staffSession.findMany({
    where: {
      userId: actor.id,
      endedAt: null,
      sessionVersion: actor.sessionVersion,
      lastSeenAt: { gt: new Date(now.getTime() - env.SESSION_IDLE_MINUTES * 60_000) },
    },
    orderBy: { lastSeenAt: "desc" },
  });
  return rows.map((row) => ({
    id: row.id,
    device: describeDevice(row.userAgent),
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
  }));
}

/** The user ends one of their own sessions (a computer left signed in elsewhere). */
export async function endOwnSession(
  db: PrismaClient,
  actor: { id: string },
  input: TSessionRef,
  now = new Date(),
) {
  await db.$transaction(async (tx) => {
    const ended = await tx.staffSession.updateMany({
      where: { id: input.sessionId, userId: actor.id, endedAt: null },
      data: { endedAt: now },
    });
    if (ended.count !== 1) throw new AppError("NOT_FOUND", "Sessionen är redan avslutad.");
    await writeAudit(tx, {
      action: "SESSION_ENDED",
      actorId: actor.id,
      actorLabel: actor.id,
      data: { sessionId: input.sessionId },
    });
  });
}

/** Signing out ends this session; the user's other devices stay signed in (they can end them on their page). */
export async function endSessionAtSignOut(
  db: PrismaClient,
  userId: string,
  sessionId: string | undefined,
  now = new Date(),
) {
  if (!sessionId) return;
  await db.staffSession.updateMany({
    where: { id: sessionId, userId, endedAt: null },
    data: { endedAt: now },
  });
}

/** An administrator ends every session of a user at once (a lost laptop, a suspicion). */
export async function endAllSessions(
  db: PrismaClient,
  actor: Actor | null,
  input: TUserRef,
  now = new Date(),
) {
  const admin = await assertPermission(db, actor, "admin:manage");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", "Användaren finns inte.");
    await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await tx.staffSession.updateMany({ where: { userId: user.id, endedAt: null }, data: { endedAt: now } });
    await writeAudit(tx, {
      action: "USER_SESSIONS_ENDED",
      actorId: admin.id,
      actorLabel: admin.id,
      data: { userId: user.id },
    });
  });
  return { isOwnAccount: input.userId === admin.id };
}
