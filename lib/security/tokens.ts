import "server-only";
import { createHash, randomBytes } from "node:crypto";

// Crockford base32: no I, L, O or U, so codes survive being read aloud or copied by hand.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A random code of `bits` of entropy (at least 128), written in groups of five for reading. */
export function generateCode(bits = 130): string {
  const length = Math.ceil(bits / 5);
  const bytes = randomBytes(length);
  let code = "";
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return code.match(/.{1,5}/g)!.join("-");
}

/** Removes separators and case so a code typed by hand matches the one issued. */
export function normaliseCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

/** Codes carry 128+ bits of randomness, so a fast hash is enough: nothing to brute-force. */
export function hashCode(code: string): string {
  return createHash("sha256").update(normaliseCode(code)).digest("hex");
}
