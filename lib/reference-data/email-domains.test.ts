import { describe, expect, it } from "vitest";
import { emailDomainRefusal, isAllowedEmail, parseEmailDomains } from "@/lib/reference-data/email-domains";

describe("allowed e-mail domains", () => {
  it("accepts the domain and its subdomains, nothing else", () => {
    const domains = ["helsingborg.se", "skane.se"];
    expect(isAllowedEmail("Anna.Berg@Skane.se", domains)).toBe(true);
    expect(isAllowedEmail("anna@vard.skane.se", domains)).toBe(true);
    expect(isAllowedEmail("anna@notskane.se", domains)).toBe(false);
    expect(isAllowedEmail("anna@skane.se.example.com", domains)).toBe(false);
    expect(isAllowedEmail("anna@gmail.com", domains)).toBe(false);
    expect(isAllowedEmail("anna@skane.se", [])).toBe(false);
  });

  it("reads the administrator's list with commas, spaces and @, and points out what is not a domain", () => {
    expect(parseEmailDomains(" @Skane.se, helsingborg.se;skane.se\nfel domän")).toEqual({
      domains: ["helsingborg.se", "skane.se"],
      invalid: ["fel", "domän"],
    });
    expect(parseEmailDomains("")).toEqual({ domains: [], invalid: [] });
  });

  it("names the allowed domains in the refusal", () => {
    expect(emailDomainRefusal("länken", ["helsingborg.se", "skane.se"])).toBe(
      "Vi kan bara skicka länken till e-postadresser som slutar på @helsingborg.se eller @skane.se. Använd en jobbadress.",
    );
    expect(emailDomainRefusal("kvittot", [])).toContain("ingen e-postdomän är tillåten");
  });
});
