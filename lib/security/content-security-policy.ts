/**
 * The Content-Security-Policy of every page: scripts only with this request's nonce (Next.js puts it on its own
 * scripts when it finds the policy on the request), nothing framed, no plugins, forms posted only here
 * (and, with single sign-on, redirected on to the organisation's provider). Styles allow
 * inline `style` attributes (React sets some); scripts never run inline without the nonce.
 */
export function contentSecurityPolicy(
  nonce: string,
  options: { isDevelopment: boolean; isHttps: boolean; formTargets?: readonly string[] },
) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...(options.formTargets ?? [])].join(" "),
    "frame-ancestors 'none'",
    ...(options.isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** A nonce per request: 16 random bytes, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
