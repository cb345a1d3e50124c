import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { describeAuditRows } from "@/lib/audit/describe-audit-rows";

const FRESH_DAYS = 7;
const DAY_MS = 86_400_000;

/** Events that make an account "fresh": created, given a privileged role, or given a new password or second factor. */
const FRESHENING = ["USER_PASSWORD_RESET", "TWO_FACTOR_RESET", "USER_UPDATED"] as const;

/**
 * What a loggkontroll looks at whatever the sample drew: privileged changes made without a second administrator,
 * and case reads by a coordinator or administrator within 7 days of their account being created or reset, which is
 * when an account made or taken over to read cases would show.
 */
export async function listFlaggedEvents(db: PrismaClient, period: { from: Date; to: Date }) {
  const unapproved = await db.auditLog.findMany({
    where: { action: "PRIVILEGED_CHANGE_UNAPPROVED", createdAt: { gte: period.from, lt: period.to } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });

  const windowStart = new Date(period.from.getTime() - FRESH_DAYS * DAY_MS);
  const [created, changes] = await Promise.all([
    db.user.findMany({
      where: { role: { in: ["SAMORDNARE", "ADMIN"] }, createdAt: { gte: windowStart, lt: period.to } },
      select: { id: true, createdAt: true },
    }),
    db.auditLog.findMany({
      where: { action: { in: [...FRESHENING] }, createdAt: { gte: windowStart, lt: period.to } },
      select: { createdAt: true, data: true },
    }),
  ]);
  const freshSince = new Map<string, Date[]>();
  const mark = (userId: string, at: Date) => freshSince.set(userId, [...(freshSince.get(userId) ?? []), at]);
  for (const user of created) mark(user.id, user.createdAt);
  for (const change of changes) {
    const userId = (change.data as { userId?: unknown } | null)?.userId;
    if (typeof userId === "string") mark(userId, change.createdAt);
  }
  const privileged = await db.user.findMany({
    where: { id: { in: [...freshSince.keys()] }, role: { in: ["SAMORDNARE", "ADMIN"] } },
    select: { id: true },
  });
  const reads = privileged.length
    ? await db.auditLog.findMany({
        where: {
          action: "CASE_VIEWED",
          actorId: { in: privileged.map((user) => user.id) },
          createdAt: { gte: period.from, lt: period.to },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      })
    : [];
  const freshReads = reads.filter((read) =>
    (freshSince.get(read.actorId!) ?? []).some((at) => {
      const age = read.createdAt.getTime() - at.getTime();
      return age >= 0 && age <= FRESH_DAYS * DAY_MS;
    }),
  );
  return {
    unapproved: await describeAuditRows(db, unapproved),
    freshReads: await describeAuditRows(db, freshReads),
  };
}
