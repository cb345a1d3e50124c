import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import {
  auditDataSchema,
  ZAuditAction,
  type AuditActionWithoutData,
  type AuditDataInput,
  type TAuditAction,
} from "@/lib/audit/events";

export type { TAuditAction } from "@/lib/audit/events";

/** An event with the data its schema in the registry asks for; an event without data takes none. */
export type AuditEventInput = {
  [E in TAuditAction]: E extends AuditActionWithoutData
    ? { action: E; data?: undefined }
    : { action: E; data: AuditDataInput<E> };
}[TAuditAction];

export type AuditEntry = AuditEventInput & {
  /** Staff user id, or null for the reporter and the samverkanspart, who have no accounts. */
  actorId?: string | null;
  /** A role label, never a person's name: "Rapportör", "Samverkanspart", or the staff user's id. */
  actorLabel: string;
  reportId?: string | null;
};

type Tx = Pick<Prisma.TransactionClient, "auditLog">;

/**
 * Call inside the transaction that makes the change, so the change and its audit row commit together. The data is
 * checked against the event's schema (identifiers and old → new values only, never report text); a mismatch throws
 * and so rolls the change back.
 *
 * The row is append-only and hash-chained (docs/decisions/011): the database's insert trigger takes the chain's
 * advisory lock, reads the last row's hash and sets `seq`, `prevHash` and `hash`, all in this transaction. The lock
 * is held until commit, so make this the transaction's last write, and use READ COMMITTED (the default).
 */
export function writeAudit(tx: Tx, entry: AuditEntry) {
  const action = ZAuditAction.parse(entry.action);
  const data = auditDataSchema(action).parse(entry.data ?? {});
  return tx.auditLog.create({
    data: {
      action,
      actorId: entry.actorId ?? null,
      actorLabel: entry.actorLabel,
      reportId: entry.reportId ?? null,
      data: entry.data === undefined ? undefined : (data as Prisma.InputJsonObject),
    },
  });
}
