import { createHash, randomBytes } from "node:crypto";

/**
 * next-auth's CSRF protection is a double submit: the cookie holds `token|sha256(token + secret)`, and a form post
 * must carry the same token. A script fetches the token from /api/auth/csrf; a page without JavaScript gets it from
 * the server instead, so the sign-in form can post straight to next-auth (see proxy.ts and the sign-in page).
 */
export const csrfCookieName = (secure: boolean) => `${secure ? "__Host-" : ""}next-auth.csrf-token`;

const digest = (token: string, secret: string) =>
  createHash("sha256").update(`${token}${secret}`).digest("hex");

/** The token in a cookie that this secret signed, or null for a missing or forged cookie. */
export function csrfTokenFrom(cookieValue: string | undefined, secret: string): string | null {
  if (!cookieValue) return null;
  const [token, hash] = cookieValue.split("|");
  return token && hash === digest(token, secret) ? token : null;
}

/** A new cookie value, in the form next-auth makes and accepts. */
export function newCsrfCookieValue(secret: string): string {
  const token = randomBytes(32).toString("hex");
  return `${token}|${digest(token, secret)}`;
}
