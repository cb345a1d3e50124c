import type { IdentifierKind } from "@/lib/anonymise/identifier-kinds";

/**
 * The placeholders the workbench writes, safe for the browser bundle. They are the same as the detector's own
 * (lib/anonymise/mask-identifiers.ts, which brings the server's dictionary along); a unit test keeps them equal.
 */
export const REDACTION_PLACEHOLDERS: Record<IdentifierKind, string> = {
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

/** The choices for text the coordinator marks by hand, most common first. */
export const MARK_CHOICES: readonly string[] = [
  "[namn]",
  "[personnummer]",
  "[telefon]",
  "[e-post]",
  "[adress]",
  "[ort]",
  "[datum]",
  "[ålder]",
];

const OWN_LABEL = /^[\p{L}\p{N}][\p{L}\p{N} \-–]{0,38}$/u;

/**
 * A label of the coordinator's own ("boende", "[skolan]") as a placeholder: "[boende]". Null when it is empty,
 * longer than 40 characters or holds anything but letters, digits, spaces and hyphens.
 */
export function ownPlaceholder(label: string): string | null {
  const inner = label.trim().replace(/^\[/, "").replace(/\]$/, "").trim();
  return OWN_LABEL.test(inner) ? `[${inner}]` : null;
}
