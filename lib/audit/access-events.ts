import { AUDIT_ACTIONS, AUDIT_EVENTS, type TAuditAction } from "@/lib/audit/events";

/**
 * The events a loggkontroll samples by default, in registry order: staff's reads of case data, refused attempts
 * and exports. Each event's `sampled` in the registry (lib/audit/events.ts) decides.
 */
export const ACCESS_EVENT_ACTIONS: readonly TAuditAction[] = AUDIT_ACTIONS.filter(
  (action) => AUDIT_EVENTS[action].sampled === "staff",
);

/** The security events a loggkontroll can sample instead: failed sign-ins and anonymous refusals. */
export const SECURITY_EVENT_ACTIONS: readonly TAuditAction[] = AUDIT_ACTIONS.filter(
  (action) => AUDIT_EVENTS[action].sampled === "security",
);

export type SampledEvents = "staff" | "security";

export function sampledActions(events: SampledEvents): readonly TAuditAction[] {
  return events === "security" ? SECURITY_EVENT_ACTIONS : ACCESS_EVENT_ACTIONS;
}
