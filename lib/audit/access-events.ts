import { AUDIT_ACTIONS, AUDIT_EVENTS, type TAuditAction } from "@/lib/audit/events";

/**
 * The events a loggkontroll samples, in registry order: reads of case data, refused attempts and exports. Each
 * event's `sampled` flag in the registry (lib/audit/events.ts) decides.
 */
export const ACCESS_EVENT_ACTIONS: readonly TAuditAction[] = AUDIT_ACTIONS.filter(
  (action) => AUDIT_EVENTS[action].sampled,
);
