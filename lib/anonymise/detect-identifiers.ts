/** Kinds of details in free text that can identify an individual. */
export type IdentifierKind = "personnummer" | "telefon" | "epost" | "adress" | "namn";

export interface IdentifierHit {
  kind: IdentifierKind;
  match: string;
}

// Personnummer and samordningsnummer: (YY)YYMMDD[-+]NNNN, with or without separator.
const PERSONNUMMER = /\b(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]|[6-8]\d|9[01])[-+]?\d{4}\b/g;
const PHONE = /(?:\+46|\b0)[\s-]?\d{1,3}(?:[\s-]?\d{2,3}){2,4}\b/g;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const STREET =
  /\b[A-ZÅÄÖ][a-zåäöé]+(?:gatan|vägen|gränd|stigen|torget|allén|backen|plan|leden|gata|väg)\s+\d+[A-Za-z]?\b/g;
// Names usually follow a verb of naming or a title; a capitalised pair mid-sentence is a weaker sign.
const NAMING_WORDS = [
  "heter",
  "hette",
  "kallad",
  "kallas",
  "patienten",
  "klienten",
  "brukaren",
  "pojken",
  "flickan",
  "mannen",
  "kvinnan",
];
// The naming word may start a sentence ("Patienten Karl …"); the name itself must be capitalised.
const NAMED = new RegExp(
  `\\b(?:${NAMING_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|")})\\s+([A-ZÅÄÖ][a-zåäöé]+(?:\\s+[A-ZÅÄÖ][a-zåäöé]+)?)`,
  "g",
);

function collect(text: string, pattern: RegExp, kind: IdentifierKind, group = 0): IdentifierHit[] {
  return Array.from(text.matchAll(pattern), (m) => ({ kind, match: (m[group] ?? m[0]).trim() }));
}

/** Finds details that look like they identify a person. Pure and fast enough to run on every keystroke. */
export function detectIdentifiers(text: string): IdentifierHit[] {
  if (!text) return [];
  const personnummer = collect(text, PERSONNUMMER, "personnummer");
  const taken = new Set(personnummer.map((hit) => hit.match));
  return [
    ...personnummer,
    ...collect(text, PHONE, "telefon").filter((hit) => !taken.has(hit.match.replace(/\s/g, ""))),
    ...collect(text, EMAIL, "epost"),
    ...collect(text, STREET, "adress"),
    ...collect(text, NAMED, "namn", 1),
  ];
}

export function containsPersonnummer(text: string): boolean {
  return detectIdentifiers(text).some((hit) => hit.kind === "personnummer");
}

export const IDENTIFIER_LABELS: Record<IdentifierKind, string> = {
  personnummer: "ett personnummer",
  telefon: "ett telefonnummer",
  epost: "en e-postadress",
  adress: "en adress",
  namn: "ett namn",
};
