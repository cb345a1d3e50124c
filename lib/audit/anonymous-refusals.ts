import "server-only";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { logError } from "@/lib/log";
import type { AnonymousRefusalKind } from "@/lib/audit/events";

/** Anonymous refusals are counted per kind, client and window of this length. */
export const REFUSAL_WINDOW_MINUTES = 15;
const WINDOW_MS = REFUSAL_WINDOW_MINUTES * 60_000;
/** Counters already in the audit log are kept this long, then removed. */
const KEEP_LOGGED_MS = 7 * 86_400_000;

/** The start of the window `now` falls in: windows are aligned to the clock, so every instance agrees. */
export function refusalWindowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
}

/**
 * Records that an anonymous client was refused (a staff page or download without a session, a wrong follow-up
 * code, an unknown partner link, a sign-in while its client must wait). Anyone can repeat these without limit, so
 * instead of one audit row each they are counted in `RefusalCount`, and each window that has closed becomes one
 * ANONYMOUS_REFUSALS row with its count (docs/decisions/014). The audit table is append-only, so a row is written
 * only once its count is final.
 */
export async function recordAnonymousRefusal(
  db: PrismaClient,
  kind: AnonymousRefusalKind,
  clientKey: string | null,
  now: Date,
): Promise<void> {
  const windowStart = refusalWindowStart(now);
  // One statement, so concurrent refusals on any instance add up without a lost update.
  await db.$executeRaw`
    INSERT INTO "RefusalCount" ("id", "kind", "clientKey", "windowStart", "count")
    VALUES (${randomUUID()}, ${kind}, ${clientKey ?? ""}, ${windowStart}, 1)
    ON CONFLICT ("kind", "clientKey", "windowStart") DO UPDATE SET "count" = "RefusalCount"."count" + 1`;
  // The refusal is counted; closing earlier windows can wait for the next call if it fails now.
  await flushRefusalCounts(db, now).catch((error) => logError("anonyma-nekanden", error));
}

/**
 * Writes every closed window's count to the audit log, once: the rows are claimed with FOR UPDATE SKIP LOCKED and
 * marked logged in the same transaction as their audit rows. Runs on each refusal, before a loggkontroll and
 * before the audit log is searched, so no scheduler is needed.
 */
export async function flushRefusalCounts(db: PrismaClient, now: Date): Promise<number> {
  const cutoff = new Date(refusalWindowStart(now).getTime());
  const isPending = await db.refusalCount.count({ where: { loggedAt: null, windowStart: { lt: cutoff } } });
  if (isPending === 0) return 0;
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "RefusalCount"
      WHERE "loggedAt" IS NULL AND "windowStart" < ${cutoff}
      FOR UPDATE SKIP LOCKED`;
    if (claimed.length === 0) return 0;
    const ids = claimed.map((row) => row.id);
    await tx.refusalCount.updateMany({ where: { id: { in: ids } }, data: { loggedAt: now } });
    await tx.refusalCount.deleteMany({
      where: { loggedAt: { lt: new Date(now.getTime() - KEEP_LOGGED_MS) } },
    });
    const windows = await tx.refusalCount.findMany({
      where: { id: { in: ids } },
      orderBy: [{ windowStart: "asc" }, { kind: "asc" }, { clientKey: "asc" }],
    });
    // The audit rows are the transaction's last writes (docs/decisions/011).
    for (const window of windows) {
      await writeAudit(tx, {
        action: "ANONYMOUS_REFUSALS",
        actorLabel: "Ej inloggad",
        data: {
          kind: window.kind as AnonymousRefusalKind,
          count: window.count,
          from: window.windowStart.toISOString(),
          to: new Date(window.windowStart.getTime() + WINDOW_MS).toISOString(),
          client: window.clientKey || null,
        },
      });
    }
    return windows.length;
  });
}
