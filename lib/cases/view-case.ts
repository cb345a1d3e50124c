import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { parseAuditRow } from "@/lib/audit/events";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { AppError } from "@/lib/errors";

/** Everything a coordinator sees on a case page. Each read is audited and marks the case as seen. */
export async function viewCase(
  db: PrismaClient,
  user: Actor,
  reportId: string,
  options: { isPrint?: boolean } = {},
) {
  await assertPermission(db, user, "case:read", reportId);
  const now = new Date();
  // Read before the transaction, not in it: Prisma loads the includes with parallel queries, which on PostgreSQL
  // would share the transaction's one connection (pg: "client.query() when the client is already executing a
  // query"). Outside it, each goes to its own pooled connection.
  const report = await db.report.findUnique({
    where: { id: reportId },
    include: {
      organisation: { select: { name: true, huvudman: true } },
      partners: { include: { organisation: { select: { name: true, huvudman: true } } } },
      areas: { include: { area: true } },
      categories: { include: { category: true } },
      measures: { orderBy: { sortOrder: "asc" } },
      assignee: { select: { id: true, name: true } },
      messages: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
      notes: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
      escalations: { orderBy: { raisedOn: "asc" }, include: { createdBy: { select: { name: true } } } },
    },
  });
  if (!report) throw new AppError("NOT_FOUND", "Ärendet finns inte.");
  return db.$transaction(async (tx) => {
    await tx.caseView.upsert({
      where: { userId_reportId: { userId: user.id, reportId } },
      create: { userId: user.id, reportId, seenAt: now },
      update: { seenAt: now },
    });
    // The transaction's last write: the audit row holds the chain's lock until commit (docs/decisions/011).
    await writeAudit(tx, {
      action: options.isPrint ? "CASE_PRINTED" : "CASE_VIEWED",
      actorId: user.id,
      actorLabel: user.id,
      reportId,
    });
    // The newest 500 entries, oldest first: a long-lived case keeps its recent history on the page.
    const auditLogs = (
      await tx.auditLog.findMany({ where: { reportId }, orderBy: { createdAt: "desc" }, take: 500 })
    ).reverse();
    // Names for the actors and for the users an assignment moved between, so the timeline can say who.
    const userIds = new Set<string>();
    for (const entry of auditLogs) {
      if (entry.actorId) userIds.add(entry.actorId);
      const event = parseAuditRow(entry);
      if (event.known && event.action === "CASE_ASSIGNED") {
        for (const value of [event.data.from, event.data.to]) if (value) userIds.add(value);
      }
    }
    const users = await tx.user.findMany({
      where: { id: { in: [...userIds] } },
      select: { id: true, name: true },
    });
    const actorNames = new Map(users.map((a) => [a.id, a.name]));
    return {
      report,
      userNames: Object.fromEntries(actorNames) as Record<string, string>,
      timeline: auditLogs.map((entry) => ({
        id: entry.id,
        at: entry.createdAt,
        action: entry.action,
        actor: entry.actorId ? (actorNames.get(entry.actorId) ?? "Okänd användare") : entry.actorLabel,
        data: entry.data,
      })),
    };
  });
}
