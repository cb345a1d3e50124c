import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { describeAuditRows } from "@/lib/audit/describe-audit-rows";
import {
  UPCOMING_ERASURE_DAYS,
  closedOnOrBefore,
  isErasureDue,
  isErasureUpcoming,
  isRetentionOver,
} from "@/lib/retention/retention-due";
import { getRetentionSettings } from "@/lib/settings/retention-settings";

const DAY_MS = 86_400_000;
export const RECENT_RUNS = 10;

/**
 * For the administrator's gallring page: the period in force, how many cases the next run would erase, how many
 * follow in the next 30 days and how many a legal hold keeps (counts only: an administrator reads no case), and the
 * latest runs as the audit log recorded them.
 */
export async function getRetentionOverview(db: PrismaClient, actor: Actor | null, now = new Date()) {
  await assertPermission(db, actor, "admin:manage");
  const { caseRetentionYears: years } = await getRetentionSettings(db);
  const horizon = new Date(now.getTime() + UPCOMING_ERASURE_DAYS * DAY_MS);
  const [closed, erasedTotal, runRows] = await Promise.all([
    db.report.findMany({
      where: { status: "AVSLUTAD", erasedAt: null, closedAt: { lte: closedOnOrBefore(horizon, years) } },
      select: { status: true, closedAt: true, erasedAt: true, legalHoldAt: true },
    }),
    db.report.count({ where: { erasedAt: { not: null } } }),
    db.auditLog.findMany({
      where: { action: "RETENTION_RUN" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: RECENT_RUNS,
    }),
  ]);
  const runs = (await describeAuditRows(db, runRows)).flatMap((row) =>
    row.event.known && row.event.action === "RETENTION_RUN"
      ? [{ id: row.id, at: row.createdAt, by: row.actorName, ...row.event.data }]
      : [],
  );
  return {
    years,
    days: UPCOMING_ERASURE_DAYS,
    dueNow: closed.filter((report) => isErasureDue(report, years, now)).length,
    upcoming: closed.filter(
      (report) => isErasureUpcoming(report, years, now) && !isErasureDue(report, years, now),
    ).length,
    held: closed.filter((report) => report.legalHoldAt !== null && isRetentionOver(report, years, now))
      .length,
    erasedTotal,
    runs,
  };
}
