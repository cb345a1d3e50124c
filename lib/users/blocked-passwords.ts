import { COMMON_BASES, COMMON_PASSWORDS } from "@/lib/users/data/common-passwords";

const EXACT = new Set(COMMON_PASSWORDS);
const BASES = new Set(COMMON_BASES);

/**
 * True for a password on the shipped list of common passwords, or one of the common words padded with nothing but
 * digits and punctuation ("Sommar2024!!"). Case-insensitive; no network. Runs in the browser too.
 */
export function isBlockedPassword(password: string): boolean {
  const lower = password.trim().toLocaleLowerCase("sv-SE");
  if (EXACT.has(lower)) return true;
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  if (core.length === lower.length) return false;
  return BASES.has(core) || EXACT.has(core);
}
