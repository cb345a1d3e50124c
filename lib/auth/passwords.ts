import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { assertPasswordNotBlocked } from "@/lib/users/blocked-passwords";

// argon2id with OWASP's recommended minimum (19 MiB, 2 iterations).
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** A password an administrator or the user is setting: refused when common or breached, then hashed. */
export function hashNewPassword(password: string): Promise<string> {
  assertPasswordNotBlocked(password);
  return hashPassword(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the user doesn't exist keeps the timing the same either way.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("ingen-användare-med-det-namnet");
  return dummyHash;
}
