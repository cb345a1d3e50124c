import { coarsenDate } from "@/lib/anonymise/coarsen-date";
import { detectIdentifiers, type DetectOptions } from "@/lib/anonymise/detect-identifiers-full";
import type { IdentifierHit, IdentifierKind } from "@/lib/anonymise/identifier-kinds";

// Server only: masking uses the full check, which brings the Swedish dictionary data along.

export const PLACEHOLDERS: Record<IdentifierKind, string> = {
  namn: "[namn]",
  personnummer: "[personnummer]",
  samordningsnummer: "[samordningsnummer]",
  telefon: "[telefon]",
  epost: "[e-post]",
  adress: "[adress]",
  postadress: "[ort]",
  datum: "[datum]",
  alder: "[ålder]",
};

export interface MaskOptions extends DetectOptions {
  /** Write an exact date as its month ("mars 2025") instead of [datum]. */
  coarsenDates?: boolean;
}

/** "den 3 mars" becomes "i mars" when the date is coarsened; "den mars" would not be Swedish. */
const DEN_BEFORE = /(?<![\p{L}])([Dd])en\s+$/u;

/**
 * Replaces each finding by its placeholder, working on the spans so that the same text elsewhere is left alone
 * and a longer finding is never half-replaced. The findings must not overlap, as detectIdentifiers returns them.
 */
export function applyPlaceholders(
  text: string,
  hits: readonly IdentifierHit[],
  options: Pick<MaskOptions, "coarsenDates"> = {},
): string {
  let masked = "";
  let position = 0;
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    if (hit.start < position) continue;
    let before = text.slice(position, hit.start);
    let replacement = PLACEHOLDERS[hit.kind];
    const month = options.coarsenDates && hit.kind === "datum" ? coarsenDate(hit.match) : null;
    if (month) {
      replacement = month;
      before = before.replace(DEN_BEFORE, (_den, d: string) => (d === "D" ? "I " : "i "));
    }
    masked += before + replacement;
    position = hit.end;
  }
  return masked + text.slice(position);
}

/**
 * A first anonymised draft of a text: every detected identifier replaced by a placeholder. The coordinator
 * reads and edits it before saving; detection finds the obvious, not everything.
 */
export function maskIdentifiers(text: string, options: MaskOptions = {}): string {
  return applyPlaceholders(text, detectIdentifiers(text, options), options);
}
