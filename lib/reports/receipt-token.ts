import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The receipt cookie's value: the report's reference and when the cookie stops counting, signed so a browser can't
 * make the receipt page show a reference it was never given. It holds nothing else: no code, no report text.
 */
export function signReceipt(reference: string, expiresAt: Date, secret: string): string {
  const payload = `${reference}.${expiresAt.getTime()}`;
  return `${payload}.${signature(payload, secret)}`;
}

/** The reference in a receipt value, or null when it is malformed, forged or past its expiry. */
export function verifyReceipt(value: string, now: Date, secret: string): string | null {
  const match = /^(BIS-\d{4}-\d{4,})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!match) return null;
  const [, reference, expiresAt, given] = match;
  const expected = Buffer.from(signature(`${reference}.${expiresAt}`, secret));
  if (!timingSafeEqual(expected, Buffer.from(given!))) return null;
  return Number(expiresAt) > now.getTime() ? reference! : null;
}

function signature(payload: string, secret: string) {
  return createHmac("sha256", secret).update(`bis-kvitto:${payload}`).digest("base64url");
}
