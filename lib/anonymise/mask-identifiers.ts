import { detectIdentifiers, type IdentifierKind } from "@/lib/anonymise/detect-identifiers";

const PLACEHOLDERS: Record<IdentifierKind, string> = {
  personnummer: "[personnummer]",
  telefon: "[telefonnummer]",
  epost: "[e-post]",
  adress: "[adress]",
  namn: "[namn]",
};

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A first anonymised draft of a text: every detected identifier replaced by a placeholder. The coordinator
 * reads and edits it before saving; detection finds the obvious, not everything.
 */
export function maskIdentifiers(text: string): string {
  let masked = text;
  // Longest first, so a personnummer is not half-replaced as a phone number.
  const hits = detectIdentifiers(text).sort((a, b) => b.match.length - a.match.length);
  for (const hit of hits) {
    masked = masked.replace(new RegExp(escapeRegExp(hit.match), "g"), PLACEHOLDERS[hit.kind]);
  }
  return masked;
}
