import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csrfTokenFrom, newCsrfCookieValue } from "@/lib/auth/csrf-cookie";

// next-auth's own check, which its package does not export: the cookie must keep passing it after an upgrade.
const { createCSRFToken } = createRequire(import.meta.url)(
  path.resolve("node_modules/next-auth/core/lib/csrf-token.js"),
) as {
  createCSRFToken(params: {
    options: { secret: string };
    cookieValue?: string;
    isPost: boolean;
    bodyValue?: string;
  }): {
    csrfToken: string;
    cookie?: string;
    csrfTokenVerified?: boolean;
  };
};

const SECRET = "a-secret-of-at-least-thirty-two-characters";

describe("the sign-in page's CSRF cookie", () => {
  it("is accepted by next-auth, which verifies a form post carrying its token", () => {
    const cookie = newCsrfCookieValue(SECRET);
    const token = csrfTokenFrom(cookie, SECRET);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    const checked = createCSRFToken({
      options: { secret: SECRET },
      cookieValue: cookie,
      isPost: true,
      bodyValue: token!,
    });
    expect(checked.csrfTokenVerified).toBe(true);
  });

  it("gives no token from a cookie next-auth made with another secret, or a forged one", () => {
    const other = newCsrfCookieValue("another-secret-of-thirty-two-characters");
    expect(csrfTokenFrom(other, SECRET)).toBeNull();
    const [token] = newCsrfCookieValue(SECRET).split("|");
    expect(csrfTokenFrom(`${token}|${"0".repeat(64)}`, SECRET)).toBeNull();
    expect(csrfTokenFrom(token, SECRET)).toBeNull();
    expect(csrfTokenFrom(undefined, SECRET)).toBeNull();
  });

  it("reads the token from a cookie next-auth made itself", () => {
    const made = createCSRFToken({ options: { secret: SECRET }, isPost: false });
    expect(csrfTokenFrom(made.cookie, SECRET)).toBe(made.csrfToken);
  });
});
