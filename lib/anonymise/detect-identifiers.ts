import { findIdentifiers, type DetectOptions } from "@/lib/anonymise/find-identifiers";
import type { IdentifierHit, IdentifierKind } from "@/lib/anonymise/identifier-kinds";

export type { DetectOptions } from "@/lib/anonymise/find-identifiers";
export {
  IDENTIFIER_LABELS,
  type IdentifierConfidence,
  type IdentifierHit,
  type IdentifierKind,
} from "@/lib/anonymise/identifier-kinds";

/**
 * Finds details that look like they identify a person: personnummer and samordningsnummer, phone numbers,
 * e-mail, street and postal addresses, exact dates, ages, and names from the lists of given names and surnames.
 * Light enough for the browser and fast enough for every keystroke. The server's full check
 * (detect-identifiers-full.ts) also flags capitalised words that are no Swedish word.
 */
export function detectIdentifiers(text: string, options: DetectOptions = {}): IdentifierHit[] {
  return findIdentifiers(text, options);
}

/** A personnummer or samordningsnummer, also one that fails its checks but is written like one. */
export function containsPersonnummer(text: string): boolean {
  return detectIdentifiers(text).some(
    (hit) => hit.kind === "personnummer" || hit.kind === "samordningsnummer",
  );
}

/**
 * Kinds that point at one person on their own, whatever the rest of the text says; the report wizard refuses
 * them. Names, exact dates and ages are only warned about there: staff write "SIP-möte den 12 mars" in good faith.
 */
export const STRONG_IDENTIFIER_KINDS: ReadonlySet<IdentifierKind> = new Set<IdentifierKind>([
  "personnummer",
  "samordningsnummer",
  "telefon",
  "epost",
  "adress",
  "postadress",
]);

export function isStrongIdentifier(hit: IdentifierHit): boolean {
  return STRONG_IDENTIFIER_KINDS.has(hit.kind);
}
