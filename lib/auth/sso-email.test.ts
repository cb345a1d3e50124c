import { describe, expect, it } from "vitest";
import { ssoEmail } from "@/lib/auth/sso-email";

describe("ssoEmail", () => {
  it("takes the provider's e-mail, lower-cased", () => {
    expect(ssoEmail({ email: " Sara.Svensson@Kommun.SE ", email_verified: true })).toBe(
      "sara.svensson@kommun.se",
    );
  });

  it("trusts a provider that sends no email_verified (Entra ID), but not one that says it is unverified", () => {
    expect(ssoEmail({ email: "sara@kommun.se" })).toBe("sara@kommun.se");
    expect(ssoEmail({ email: "sara@kommun.se", email_verified: false })).toBeNull();
    expect(ssoEmail({ email: "sara@kommun.se", email_verified: "false" })).toBeNull();
  });

  it("has nothing to match without an e-mail address", () => {
    expect(ssoEmail(undefined)).toBeNull();
    expect(ssoEmail({})).toBeNull();
    expect(ssoEmail({ email: 42 })).toBeNull();
    expect(ssoEmail({ email: "sara" })).toBeNull();
  });
});
