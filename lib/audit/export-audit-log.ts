import "server-only";
import { flushRefusalCounts } from "@/lib/audit/anonymous-refusals";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { auditEventLabel } from "@/lib/audit/events";
import { auditLogWhere } from "@/lib/audit/audit-log-where";
import { toCsv } from "@/lib/csv";
import { stockholmDateTime } from "@/lib/dates";
import { describeAuditRows } from "@/lib/audit/describe-audit-rows";
import type { TAuditLogSearch } from "@/lib/audit/schemas";
import { AppError } from "@/lib/errors";

export const AUDIT_EXPORT_LIMIT = 50_000;

const HEADER = [
  "Tid (svensk tid)",
  "Händelse",
  "Händelsekod",
  "Utförd av",
  "Roll",
  "Användar-id",
  "Ärende",
  "Detaljer",
];

/**
 * The audit log rows matching a search as CSV, oldest first. Reading and the AUDIT_EXPORTED row commit together,
 * so no export goes unrecorded. Rows hold ids and old → new values only, never report text.
 */
export async function exportAuditLog(db: PrismaClient, actor: Actor | null, filters: TAuditLogSearch) {
  const reader = await assertPermission(db, actor, "audit:read");
  await flushRefusalCounts(db, new Date());
  return db.$transaction(async (tx) => {
    const where = await auditLogWhere(tx, filters);
    const count = await tx.auditLog.count({ where });
    if (count > AUDIT_EXPORT_LIMIT) {
      throw new AppError(
        "INVALID",
        `Sökningen ger ${count} rader; en export får ha högst ${AUDIT_EXPORT_LIMIT}. Begränsa datumintervallet.`,
      );
    }
    const rows = await describeAuditRows(
      tx,
      await tx.auditLog.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    );
    await writeAudit(tx, {
      action: "AUDIT_EXPORTED",
      actorId: reader.id,
      actorLabel: reader.id,
      data: {
        rows: rows.length,
        action: filters.handelse ?? null,
        userId: filters.anvandare ?? null,
        reference: filters.arende ?? null,
        from: filters.fran ?? null,
        to: filters.till ?? null,
      },
    });
    const csv = toCsv([
      HEADER,
      ...rows.map((row) => [
        stockholmDateTime(row.createdAt),
        auditEventLabel(row.event.action),
        row.event.action,
        row.actorName,
        row.actorRole ? ROLE_LABELS[row.actorRole] : "",
        row.actorId ?? "",
        row.reference ?? "",
        row.event.data && Object.keys(row.event.data).length > 0 ? JSON.stringify(row.event.data) : "",
      ]),
    ]);
    return { csv, rows: rows.length };
  });
}
