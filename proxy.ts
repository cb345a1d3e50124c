import { NextResponse, type NextRequest } from "next/server";
import { csrfCookieName, csrfTokenFrom, newCsrfCookieValue } from "@/lib/auth/csrf-cookie";
import { databaseHealth } from "@/lib/db/health-probe";
import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";
import {
  BODY_MALFORMED,
  BODY_TOO_LARGE,
  MAX_BODY_BYTES,
  isWellFormedActionBody,
} from "@/lib/security/request-limits";
import { RETRY_AFTER_SECONDS, unavailablePage } from "@/lib/security/unavailable-page";

const isHttps = env.APP_URL.startsWith("https://");
// Next.js's development server evaluates code with eval; a production build never does.
const isDevelopment = env.NODE_ENV === "development";
// "Fortsätt till …" posts to next-auth, which answers with a redirect to the organisation's provider: without
// JavaScript that redirect is a form submission's, which form-action must allow.
const SSO_FORM_TARGETS = env.OIDC_ENABLED && env.OIDC_ISSUER ? [new URL(env.OIDC_ISSUER).origin] : [];

// Next.js hands a server action's caller the text of a 4xx answer only when its type is exactly "text/plain", so the
// form can show our Swedish message (use-action-form.ts); fetch reads it as UTF-8 either way.
function plainText(message: string, status: number, requestId: string, isAction = false) {
  return new NextResponse(message, {
    status,
    headers: {
      "Content-Type": isAction ? "text/plain" : "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Request-Id": requestId,
    },
  });
}

/**
 * Runs before every page, action and route handler (docs/decisions/015): gives the request an id, refuses bodies
 * that are too large or that no form of ours sends (413/400 in Swedish, rather than a 500 from deep inside Next.js),
 * answers pages with 503 while the database is unreachable, and sets the Content-Security-Policy with a fresh
 * nonce. Access is not decided here: every page and action checks it itself.
 */
export async function proxy(request: NextRequest) {
  const requestId = crypto.randomUUID();
  const method = request.method;

  if (method === "POST" || method === "PUT" || method === "PATCH") {
    const declared = Number(request.headers.get("content-length") ?? "0");
    const isAction = request.headers.has("next-action");
    if (declared > MAX_BODY_BYTES) return plainText(BODY_TOO_LARGE, 413, requestId, isAction);
    if (isAction) {
      const body = await request.clone().text();
      if (Buffer.byteLength(body) > MAX_BODY_BYTES) return plainText(BODY_TOO_LARGE, 413, requestId, true);
      if (!isWellFormedActionBody(request.headers.get("content-type") ?? "", body)) {
        return plainText(BODY_MALFORMED, 400, requestId, true);
      }
    }
  }

  const isPage = (method === "GET" || method === "HEAD") && !request.nextUrl.pathname.startsWith("/api/");
  if (isPage && !(await databaseHealth()).isUp) {
    return new NextResponse(unavailablePage(requestId.slice(0, 8)), {
      status: 503,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Retry-After": String(RETRY_AFTER_SECONDS),
        "Cache-Control": "no-store",
        "X-Request-Id": requestId,
      },
    });
  }

  // The sign-in form posts to next-auth without JavaScript too: its page needs next-auth's CSRF cookie, set here
  // (a page cannot set cookies) and passed on to the page in the same request.
  const csrfCookie = isPage && request.nextUrl.pathname === "/logga-in" ? ensureCsrfCookie(request) : null;

  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { isDevelopment, isHttps, formTargets: SSO_FORM_TARGETS });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("x-nonce", nonce);
  // Next.js reads the nonce for its own scripts from the policy on the request.
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("X-Request-Id", requestId);
  if (isHttps) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  if (csrfCookie) {
    response.cookies.set(csrfCookie.name, csrfCookie.value, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: isHttps,
    });
  }
  return response;
}

/** A new CSRF cookie when the request has none that this instance signed, also put on the request itself. */
function ensureCsrfCookie(request: NextRequest) {
  const name = csrfCookieName(isHttps);
  if (csrfTokenFrom(request.cookies.get(name)?.value, env.NEXTAUTH_SECRET)) return null;
  const value = newCsrfCookieValue(env.NEXTAUTH_SECRET);
  request.cookies.set(name, value);
  return { name, value };
}

export const config = {
  // Static files carry no script of ours and need no database.
  matcher: ["/((?!_next/static|_next/image|icon.svg|robots.txt).*)"],
};
