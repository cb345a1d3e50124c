import "server-only";
import type { AuditLog, Prisma, Role } from "@/generated/prisma/client";
import { parseAuditRow, type ParsedAuditRow } from "@/lib/audit/events";

export interface AuditRow {
  id: string;
  createdAt: Date;
  /** The event and its data, read against the registry; a row that doesn't match keeps its data as stored. */
  event: ParsedAuditRow;
  actorId: string | null;
  /** The staff user's name, or the role label stored for actors without an account ("Rapportör", "System"). */
  actorName: string;
  actorRole: Role | null;
  reference: string | null;
}

/** Adds the actor's name and role and the case reference to audit rows, with one query each. */
export async function describeAuditRows(
  tx: Pick<Prisma.TransactionClient, "user" | "report">,
  rows: readonly AuditLog[],
): Promise<AuditRow[]> {
  const actorIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => !!id))];
  const reportIds = [...new Set(rows.map((row) => row.reportId).filter((id): id is string => !!id))];
  const [users, reports] = await Promise.all([
    actorIds.length
      ? tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, role: true } })
      : [],
    reportIds.length
      ? tx.report.findMany({ where: { id: { in: reportIds } }, select: { id: true, reference: true } })
      : [],
  ]);
  const userById = new Map(users.map((user) => [user.id, user]));
  const referenceById = new Map(reports.map((report) => [report.id, report.reference]));
  return rows.map((row) => {
    const user = row.actorId ? userById.get(row.actorId) : undefined;
    return {
      id: row.id,
      createdAt: row.createdAt,
      event: parseAuditRow(row),
      actorId: row.actorId,
      actorName: user?.name ?? (row.actorId ? "Okänd användare" : row.actorLabel),
      actorRole: user?.role ?? null,
      reference: row.reportId ? (referenceById.get(row.reportId) ?? null) : null,
    };
  });
}
