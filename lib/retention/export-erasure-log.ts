import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { describeAuditRows } from "@/lib/audit/describe-audit-rows";
import { AUDIT_EXPORT_LIMIT } from "@/lib/audit/export-audit-log";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { toCsv } from "@/lib/csv";
import { stockholmDateTime } from "@/lib/dates";
import { AppError } from "@/lib/errors";

const HEADER = [
  "Gallrad (svensk tid)",
  "Ärende",
  "Avslutat (svensk tid)",
  "Utförd av",
  "Roll",
  "Användar-id",
];

/**
 * The gallringslogg as CSV, oldest first: one row per erased case, with its reference, when it was closed and
 * when and by whom (the system or an administrator) it was erased. Read from the audit log's CASE_ERASED rows,
 * which hold nothing else. Reading and the AUDIT_EXPORTED row commit together, as for the audit log's export.
 */
export async function exportErasureLog(db: PrismaClient, actor: Actor | null) {
  const reader = await assertPermission(db, actor, "audit:read");
  return db.$transaction(async (tx) => {
    const where = { action: "CASE_ERASED" };
    const count = await tx.auditLog.count({ where });
    if (count > AUDIT_EXPORT_LIMIT) {
      throw new AppError(
        "INVALID",
        `Gallringsloggen har ${count} rader; en export får ha högst ${AUDIT_EXPORT_LIMIT}. Exportera ur loggen per period.`,
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
      data: { rows: rows.length, action: "CASE_ERASED", userId: null, reference: null, from: null, to: null },
    });
    const csv = toCsv([
      HEADER,
      ...rows.map((row) => {
        const data = row.event.known && row.event.action === "CASE_ERASED" ? row.event.data : null;
        return [
          stockholmDateTime(row.createdAt),
          data?.reference ?? row.reference ?? "",
          data ? stockholmDateTime(new Date(data.closedAt)) : "",
          row.actorName,
          row.actorRole ? ROLE_LABELS[row.actorRole] : "",
          row.actorId ?? "",
        ];
      }),
    ]);
    return { csv, rows: rows.length };
  });
}
