import { createHash, randomBytes } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;

// 32 characters without 0/O and 1/I, so a code read off paper is typed right (and 5 bits a character, unbiased).
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/**
 * Ten codes of 16 characters (80 bits each): too many to guess, so a plain SHA-256 is enough to store them
 * (unlike passwords, nothing about them is guessable).
 */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(16);
    const chars = Array.from(bytes, (b) => ALPHABET[b & 31]).join("");
    return chars.match(/.{4}/g)!.join("-");
  });
}

/** Typed with or without dashes, spaces or in lower case: the same code. */
export function normaliseRecoveryCode(code: string): string {
  const chars = code.toUpperCase().replace(/[^0-9A-Z]/g, "");
  return chars.length === 16 ? chars.match(/.{4}/g)!.join("-") : chars;
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}

export function looksLikeRecoveryCode(code: string): boolean {
  return normaliseRecoveryCode(code).length === 19;
}
