import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";

export const ZAuditAction = z.enum([
  "DRAFT_CREATED",
  "DRAFT_RESUMED",
  "DEL_ETT_COMPLETED",
  "PARTNER_LINK_CREATED",
  "PARTNER_LINK_OPENED",
  "PARTNER_LINK_REFUSED",
  "PARTNER_COMMENT_ADDED",
  "REPORT_SUBMITTED",
  "REPORT_RESUBMIT_IGNORED",
  "FOLLOW_UP_VIEWED",
  "FOLLOW_UP_REFUSED",
  "FOLLOW_UP_REPLY",
  "SIGN_IN",
  "SIGN_IN_FAILED",
  "SIGN_OUT",
  "ACCESS_REFUSED",
  "CASE_VIEWED",
  "CASE_PRINTED",
  "CASE_STATUS_CHANGED",
  "CASE_REGISTERED",
  "CASE_ASSIGNED",
  "CASE_CLASSIFIED",
  "CASE_NOTE_ADDED",
  "CASE_MESSAGE_SENT",
  "CASE_ESCALATED",
  "CASE_ANONYMISED",
  "REMINDER_SENT",
  "USER_CREATED",
  "USER_UPDATED",
  "USER_DEACTIVATED",
  "USER_PASSWORD_RESET",
  "ORGANISATION_CHANGED",
  "AREA_CHANGED",
  "CATEGORY_CHANGED",
  "SETTINGS_CHANGED",
  "AUDIT_EXPORTED",
  "AUDIT_REVIEW_STARTED",
  "AUDIT_REVIEW_COMPLETED",
  "OUTBOX_VIEWED",
]);
export type TAuditAction = z.infer<typeof ZAuditAction>;

export interface AuditEntry {
  action: TAuditAction;
  /** Staff user id, or null for the reporter and the samverkanspart, who have no accounts. */
  actorId?: string | null;
  /** A role label, never a person's name: "Rapportör", "Samverkanspart", or the staff user's id. */
  actorLabel: string;
  reportId?: string | null;
  /** Identifiers and old → new values only; never report text. */
  data?: Record<string, string | number | boolean | null>;
}

type Tx = Pick<Prisma.TransactionClient, "auditLog">;

/** Call inside the transaction that makes the change, so the change and its audit row commit together. */
export function writeAudit(tx: Tx, entry: AuditEntry) {
  return tx.auditLog.create({
    data: {
      action: ZAuditAction.parse(entry.action),
      actorId: entry.actorId ?? null,
      actorLabel: entry.actorLabel,
      reportId: entry.reportId ?? null,
      data: entry.data ?? undefined,
    },
  });
}
