import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { stockholmDayRange } from "@/lib/dates";
import { AUDIT_LOG_WITHOUT_ACCOUNT, type TAuditLogSearch } from "@/lib/audit/schemas";

/**
 * The where-clause for an audit log search. A case is searched by its reference (BIS-2026-0042); an unknown
 * reference matches nothing rather than everything.
 */
export async function auditLogWhere(
  tx: Pick<Prisma.TransactionClient, "report">,
  filters: TAuditLogSearch,
): Promise<Prisma.AuditLogWhereInput> {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filters.handelse) and.push({ action: filters.handelse });
  if (filters.anvandare === AUDIT_LOG_WITHOUT_ACCOUNT) and.push({ actorId: null });
  else if (filters.anvandare) and.push({ actorId: filters.anvandare });
  if (filters.arende) {
    const report = await tx.report.findFirst({
      where: { reference: { equals: filters.arende.trim(), mode: "insensitive" } },
      select: { id: true },
    });
    and.push({ reportId: report?.id ?? "no-such-report" });
  }
  if (filters.fran || filters.till) and.push({ createdAt: stockholmDayRange(filters.fran, filters.till) });
  return and.length ? { AND: and } : {};
}
