import { describe, expect, it } from "vitest";
import {
  approvalPath,
  currentState,
  isPrivilegedChange,
  transition,
  type ApprovalRequest,
} from "@/lib/privileged-changes/approval";

const requestedAt = new Date("2026-12-01T09:00:00Z");
const pending: ApprovalRequest = { state: "PENDING", requestedById: "ada", requestedAt };
const days = (n: number) => new Date(requestedAt.getTime() + n * 86_400_000);

describe("isPrivilegedChange", () => {
  it("covers giving SAMORDNARE or ADMIN, and resetting such an account's password or second factor", () => {
    expect(isPrivilegedChange({ kind: "ROLE_CHANGE", roleTo: "SAMORDNARE" })).toBe(true);
    expect(isPrivilegedChange({ kind: "ROLE_CHANGE", roleTo: "ADMIN" })).toBe(true);
    expect(isPrivilegedChange({ kind: "ROLE_CHANGE", roleTo: "ARBETSGRUPP" })).toBe(false);
    expect(isPrivilegedChange({ kind: "ACCOUNT_ACTIVATION", roleTo: "SAMORDNARE" })).toBe(true);
    expect(isPrivilegedChange({ kind: "ACCOUNT_ACTIVATION", roleTo: "ARBETSGRUPP" })).toBe(false);
    expect(isPrivilegedChange({ kind: "PASSWORD_RESET", targetRole: "SAMORDNARE" })).toBe(true);
    expect(isPrivilegedChange({ kind: "TWO_FACTOR_RESET", targetRole: "ADMIN" })).toBe(true);
    expect(isPrivilegedChange({ kind: "PASSWORD_RESET", targetRole: "ARBETSGRUPP" })).toBe(false);
  });
});

describe("approvalPath", () => {
  it("asks a second administrator when there are two or more, and announces when there is one", () => {
    expect(approvalPath(1)).toBe("APPLY_WITH_NOTICE");
    expect(approvalPath(2)).toBe("REQUEST_APPROVAL");
    expect(approvalPath(5)).toBe("REQUEST_APPROVAL");
  });
});

describe("transition", () => {
  it("is approved, and applied, by another administrator within seven days", () => {
    expect(transition(pending, { type: "APPROVE", byId: "bo", now: days(6.9) })).toEqual({
      ok: true,
      state: "APPROVED",
      apply: true,
    });
  });

  it("is never approved by the administrator who asked", () => {
    expect(transition(pending, { type: "APPROVE", byId: "ada", now: days(1) })).toEqual({
      ok: false,
      reason: "OWN_REQUEST",
    });
  });

  it("expires after seven days and can't be approved then", () => {
    expect(currentState(pending, days(6.99))).toBe("PENDING");
    expect(currentState(pending, days(7))).toBe("EXPIRED");
    expect(transition(pending, { type: "APPROVE", byId: "bo", now: days(7) })).toEqual({
      ok: false,
      reason: "EXPIRED",
    });
    expect(transition(pending, { type: "EXPIRE", now: days(7) })).toEqual({
      ok: true,
      state: "EXPIRED",
      apply: false,
    });
    expect(transition(pending, { type: "EXPIRE", now: days(3) })).toEqual({ ok: false, reason: "NOT_DUE" });
  });

  it("may be withdrawn by the requester only", () => {
    expect(transition(pending, { type: "CANCEL", byId: "ada", now: days(1) })).toMatchObject({
      ok: true,
      state: "CANCELLED",
      apply: false,
    });
    expect(transition(pending, { type: "CANCEL", byId: "bo", now: days(1) })).toEqual({
      ok: false,
      reason: "NOT_REQUESTER",
    });
  });

  it("moves only a pending request, once", () => {
    for (const state of ["APPROVED", "CANCELLED", "EXPIRED"] as const) {
      expect(transition({ ...pending, state }, { type: "APPROVE", byId: "bo", now: days(1) })).toEqual({
        ok: false,
        reason: "NOT_PENDING",
      });
    }
  });
});
