import "server-only";
import { BREACHED_BASES, BREACHED_PASSWORDS_FRONT_CODED } from "@/lib/users/data/breached-passwords";
import { SWEDISH_BASES, SWEDISH_PASSWORDS } from "@/lib/users/data/swedish-passwords";
import { AppError } from "@/lib/errors";

/** The entries of a front-coded list: each line is the length it shares with the line before (base 36) and the rest. */
export function decodeFrontCoded(encoded: string): string[] {
  const entries: string[] = [];
  let previous = "";
  for (const line of encoded.split("\n")) {
    if (!line) continue;
    previous = previous.slice(0, parseInt(line[0]!, 36)) + line.slice(1);
    entries.push(previous);
  }
  return entries;
}

let exact: Set<string> | undefined;
let bases: Set<string> | undefined;

/** Built at the first check, once per process (or page), not when a module that imports the schema loads. */
function lists(): { exact: Set<string>; bases: Set<string> } {
  exact ??= new Set([...decodeFrontCoded(BREACHED_PASSWORDS_FRONT_CODED), ...SWEDISH_PASSWORDS]);
  bases ??= new Set([...BREACHED_BASES.split(" "), ...SWEDISH_BASES]);
  return { exact, bases };
}

/**
 * True for a password on the shipped lists of common and breached passwords (the 12+ character entries of the
 * published top-million list, and Swedish ones), or one of the common words padded with nothing but digits and
 * punctuation ("Sommar2024!!", "Sunshine123456"). Case-insensitive; no network. On the server only: the lists
 * are some 300 kB compressed, too much for every browser that opens a password form.
 */
export function isBlockedPassword(password: string): boolean {
  const { exact, bases } = lists();
  const lower = password.trim().toLocaleLowerCase("sv-SE");
  if (exact.has(lower)) return true;
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  if (core.length === lower.length) return false;
  return bases.has(core) || exact.has(core);
}

export const BLOCKED_PASSWORD_MESSAGE =
  "Lösenordet är för vanligt och gissas lätt. Välj ett annat, till exempel några ord som inte hör ihop.";

/** Refuses a password being set that is on the lists, with the message at the password field. */
export function assertPasswordNotBlocked(password: string): void {
  if (isBlockedPassword(password))
    throw new AppError("INVALID", BLOCKED_PASSWORD_MESSAGE, { field: "password" });
}
