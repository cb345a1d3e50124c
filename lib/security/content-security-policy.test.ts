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
});
