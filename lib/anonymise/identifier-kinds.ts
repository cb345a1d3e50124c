/** Kinds of details in free text that can identify an individual. */
export type IdentifierKind =
  | "personnummer"
  | "samordningsnummer"
  | "telefon"
  | "epost"
  | "adress"
  | "postadress"
  | "datum"
  | "alder"
  | "namn";

/**
 * "certain": the text has the form and passes the checks (a personnummer with a valid date and check digit,
 * a listed given name). "possible": it looks like one but a check failed or the evidence is weaker (a number
 * with a wrong check digit, a capitalised word that is no Swedish word) — still worth a second look.
 */
export type IdentifierConfidence = "certain" | "possible";

export interface IdentifierHit {
  kind: IdentifierKind;
  /** The text as written, text.slice(start, end). */
  match: string;
  start: number;
  end: number;
  confidence: IdentifierConfidence;
}

export const IDENTIFIER_LABELS: Record<IdentifierKind, string> = {
  personnummer: "ett personnummer",
  samordningsnummer: "ett samordningsnummer",
  telefon: "ett telefonnummer",
  epost: "en e-postadress",
  adress: "en adress",
  postadress: "ett postnummer och en ort",
  datum: "ett exakt datum",
  alder: "en ålder",
  namn: "ett namn",
};

/** Which finding wins where two overlap: an e-mail address holds names, a personnummer holds a date. */
export const KIND_PRIORITY: readonly IdentifierKind[] = [
  "epost",
  "personnummer",
  "samordningsnummer",
  "telefon",
  "postadress",
  "adress",
  "datum",
  "alder",
  "namn",
];

/** Builds a hit from a span of the text. */
export function hitAt(
  text: string,
  kind: IdentifierKind,
  start: number,
  end: number,
  confidence: IdentifierConfidence = "certain",
): IdentifierHit {
  return { kind, match: text.slice(start, end), start, end, confidence };
}

/**
 * Keeps one finding per stretch of text: by kind priority, then the longer one, then the certain one; returns
 * them in text order.
 */
export function resolveOverlaps(hits: readonly IdentifierHit[]): IdentifierHit[] {
  const rank = (hit: IdentifierHit) => KIND_PRIORITY.indexOf(hit.kind);
  const ordered = [...hits].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      b.end - b.start - (a.end - a.start) ||
      Number(a.confidence === "possible") - Number(b.confidence === "possible"),
  );
  const kept: IdentifierHit[] = [];
  for (const hit of ordered) {
    if (kept.every((other) => hit.end <= other.start || hit.start >= other.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}
