import { describe, expect, it } from "vitest";
import { approvalRefusal, NO_OTHER_COORDINATOR, OWN_REDACTION } from "@/lib/anonymised-cases/approval-rules";
import { resolveFourEyes } from "@/lib/settings/four-eyes-settings";

describe("four eyes", () => {
  it("is on in auto mode from two active coordinators, and as set otherwise", () => {
    expect(resolveFourEyes("auto", 0)).toBe(false);
    expect(resolveFourEyes("auto", 1)).toBe(false);
    expect(resolveFourEyes("auto", 2)).toBe(true);
    expect(resolveFourEyes("on", 1)).toBe(true);
    expect(resolveFourEyes("off", 5)).toBe(false);
  });

  it("refuses the redactor as approver while four eyes apply, saying why", () => {
    const same = { redactedById: "a", approverId: "a" };
    expect(approvalRefusal({ required: true, activeCoordinators: 3 }, same)).toBe(OWN_REDACTION);
    expect(approvalRefusal({ required: true, activeCoordinators: 1 }, same)).toBe(NO_OTHER_COORDINATOR);
    expect(approvalRefusal({ required: false, activeCoordinators: 3 }, same)).toBeNull();
    expect(
      approvalRefusal({ required: true, activeCoordinators: 2 }, { redactedById: "a", approverId: "b" }),
    ).toBeNull();
  });
});
