import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { flushRefusalCounts } from "@/lib/audit/anonymous-refusals";
import { auditLogWhere } from "@/lib/audit/audit-log-where";
import { describeAuditRows } from "@/lib/audit/describe-audit-rows";
import type { TAuditLogFilters } from "@/lib/audit/schemas";

export const AUDIT_PAGE_SIZE = 50;

/** One page of the audit log, newest first, and the staff users to filter by. */
export async function searchAuditLog(db: PrismaClient, actor: Actor | null, filters: TAuditLogFilters) {
  await assertPermission(db, actor, "audit:read");
  // Closed windows of anonymous refusals are written first, so the log shows them.
  await flushRefusalCounts(db, new Date());
  const where = await auditLogWhere(db, filters);
  const [total, users] = await Promise.all([
    db.auditLog.count({ where }),
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, isActive: true } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.sida, pageCount);
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  return { total, page, pageCount, users, rows: await describeAuditRows(db, rows) };
}
