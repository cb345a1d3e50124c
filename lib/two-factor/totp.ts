import { authenticator } from "otplib";

/** 30-second steps, six digits, SHA-1: what every authenticator app reads from an otpauth:// QR code. */
export const TOTP_STEP_SECONDS = 30;

export function newTotpSecret(): string {
  return authenticator.generateSecret(20);
}

export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_STEP_SECONDS);
}

/** The otpauth:// address the QR code holds: the app shows the service name and the user's e-mail. */
export function totpUri(secret: string, email: string, issuer = "Brister i samverkan"): string {
  return authenticator.keyuri(email, issuer, secret);
}

/** The code for a moment in time (tests compute the code an authenticator app would show). */
export function totpCode(secret: string, now: Date): string {
  return authenticator.clone({ epoch: now.getTime() }).generate(secret);
}

/**
 * Checks a code against the step now and one either side (clocks drift), and refuses a step already used or
 * older: a code seen over someone's shoulder or replayed from a log is worth nothing. Returns the accepted step.
 */
export function verifyTotp(
  secret: string,
  code: string,
  options: { now: Date; lastStep: number | null },
): { ok: true; step: number } | { ok: false; reason: "wrong" | "replayed" } {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return { ok: false, reason: "wrong" };
  const delta = authenticator.clone({ epoch: options.now.getTime(), window: 1 }).checkDelta(token, secret);
  if (delta === null) return { ok: false, reason: "wrong" };
  const step = totpStep(options.now) + delta;
  if (options.lastStep !== null && step <= options.lastStep) return { ok: false, reason: "replayed" };
  return { ok: true, step };
}
