import type { Role } from "@/generated/prisma/enums";

/**
 * Separation of duties for the changes that open case content or administration to an account: with two or more
 * active administrators such a change waits for a second administrator's approval; with one it goes through, is
 * announced to the coordinators' role mailboxes and is flagged in the loggkontroll.
 */

export const APPROVAL_DAYS = 7;

export type PrivilegedChangeKind =
  "ACCOUNT_ACTIVATION" | "ROLE_CHANGE" | "PASSWORD_RESET" | "TWO_FACTOR_RESET";
export type ApprovalState = "PENDING" | "APPROVED" | "CANCELLED" | "EXPIRED";

/** Whether the change needs a second pair of eyes at all: a new account counts as being given its role. */
export function isPrivilegedChange(
  change:
    | { kind: "ACCOUNT_ACTIVATION" | "ROLE_CHANGE"; roleTo: Role }
    | { kind: "PASSWORD_RESET" | "TWO_FACTOR_RESET"; targetRole: Role },
): boolean {
  const role = "roleTo" in change ? change.roleTo : change.targetRole;
  return role === "SAMORDNARE" || role === "ADMIN";
}

/** Two or more active administrators: ask another. One: go through, announced and flagged. */
export function approvalPath(activeAdmins: number): "REQUEST_APPROVAL" | "APPLY_WITH_NOTICE" {
  return activeAdmins >= 2 ? "REQUEST_APPROVAL" : "APPLY_WITH_NOTICE";
}

export interface ApprovalRequest {
  state: ApprovalState;
  requestedById: string;
  requestedAt: Date;
}

export type ApprovalEvent =
  | { type: "APPROVE"; byId: string; now: Date }
  | { type: "CANCEL"; byId: string; now: Date }
  | { type: "EXPIRE"; now: Date };

export type Transition =
  | { ok: true; state: Exclude<ApprovalState, "PENDING">; apply: boolean }
  | { ok: false; reason: "NOT_PENDING" | "OWN_REQUEST" | "EXPIRED" | "NOT_REQUESTER" | "NOT_DUE" };

export function expiresAt(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + APPROVAL_DAYS * 86_400_000);
}

/** The request as it stands at `now`: a pending one past its 7 days counts as expired. */
export function currentState(request: ApprovalRequest, now: Date): ApprovalState {
  return request.state === "PENDING" && now >= expiresAt(request.requestedAt) ? "EXPIRED" : request.state;
}

/**
 * One step of a request's life. Only a pending request moves; a second administrator approves (the change is then
 * applied), the requester may withdraw it, and after seven days it expires. The requester can never approve.
 */
export function transition(request: ApprovalRequest, event: ApprovalEvent): Transition {
  if (request.state !== "PENDING") return { ok: false, reason: "NOT_PENDING" };
  const isExpired = currentState(request, event.now) === "EXPIRED";
  switch (event.type) {
    case "EXPIRE":
      return isExpired ? { ok: true, state: "EXPIRED", apply: false } : { ok: false, reason: "NOT_DUE" };
    case "APPROVE":
      if (event.byId === request.requestedById) return { ok: false, reason: "OWN_REQUEST" };
      if (isExpired) return { ok: false, reason: "EXPIRED" };
      return { ok: true, state: "APPROVED", apply: true };
    case "CANCEL":
      if (event.byId !== request.requestedById) return { ok: false, reason: "NOT_REQUESTER" };
      return { ok: true, state: "CANCELLED", apply: false };
  }
}
