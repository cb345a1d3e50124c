import type { TAuditAction } from "@/lib/audit/audit-actions";

/**
 * The events a loggkontroll samples: reads of case data, refused attempts and exports. Add new read or export
 * actions here when they are introduced.
 */
export const ACCESS_EVENT_ACTIONS = [
  "CASE_VIEWED",
  "CASE_PRINTED",
  "ACCESS_REFUSED",
  "SIGN_IN_FAILED",
  "FOLLOW_UP_REFUSED",
  "PARTNER_LINK_REFUSED",
  "AUDIT_EXPORTED",
  "OUTBOX_VIEWED",
] as const satisfies readonly TAuditAction[];
