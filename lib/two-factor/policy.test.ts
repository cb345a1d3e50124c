import { describe, expect, it } from "vitest";
import { mustEnrolTwoFactor } from "@/lib/two-factor/policy";

describe("mustEnrolTwoFactor", () => {
  it("sends coordinators and administrators without a second factor to enrolment when required", () => {
    expect(mustEnrolTwoFactor({ role: "SAMORDNARE", totpEnabledAt: null }, true)).toBe(true);
    expect(mustEnrolTwoFactor({ role: "ADMIN", totpEnabledAt: null }, true)).toBe(true);
    expect(mustEnrolTwoFactor({ role: "SAMORDNARE", totpEnabledAt: new Date() }, true)).toBe(false);
    expect(mustEnrolTwoFactor({ role: "ARBETSGRUPP", totpEnabledAt: null }, true)).toBe(false);
    expect(mustEnrolTwoFactor({ role: "ADMIN", totpEnabledAt: null }, false)).toBe(false);
  });
});
