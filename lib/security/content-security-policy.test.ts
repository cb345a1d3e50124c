import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";

describe("the Content-Security-Policy", () => {
  it("runs scripts only with the nonce and forbids framing, plugins and foreign forms", () => {
    const nonce = newNonce();
    const policy = contentSecurityPolicy(nonce, { isDevelopment: false, isHttps: true });
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scriptSrc).toContain(`'nonce-${nonce}'`);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("unsafe-eval");
    for (const directive of [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(newNonce()).not.toBe(nonce);
  });

  it("lets forms lead only here, and to the organisation's sign-in when single sign-on is configured", () => {
    const formAction = (formTargets?: string[]) =>
      contentSecurityPolicy(newNonce(), { isDevelopment: false, isHttps: true, formTargets })
        .split("; ")
        .find((d) => d.startsWith("form-action"));
    expect(formAction()).toBe("form-action 'self'");
    expect(formAction(["https://login.microsoftonline.com"])).toBe(
      "form-action 'self' https://login.microsoftonline.com",
    );
  });
});
