import {
  detectIdentifiers,
  type IdentifierHit,
  type IdentifierKind,
} from "@/lib/anonymise/detect-identifiers";
import { IDENTIFIER_LABELS } from "@/lib/anonymise/identifier-kinds";
import { onNameListsLoaded } from "@/lib/anonymise/name-lists";
import { capitalise } from "@/lib/validation/text";

// What the report wizard does with the details the detector finds in free text. Shared by the browser (live hints,
// what autosave withholds) and the step schemas; the server repeats the blocking check with the full detector.

/** A detector: the light one by default; the server passes the full one. */
export type Detect = (text: string) => IdentifierHit[];

/**
 * Never stored, not even in an autosaved draft: a personnummer or samordningsnummer points at one person whatever
 * the rest of the text says, and no brist needs one. Every other kind may be kept once the reporter confirms it is
 * needed ("SIP-möte den 12 mars" is written in good faith).
 */
export const BLOCKING_IDENTIFIER_KINDS: ReadonlySet<IdentifierKind> = new Set<IdentifierKind>([
  "personnummer",
  "samordningsnummer",
]);

export function isBlockingIdentifier(hit: Pick<IdentifierHit, "kind">): boolean {
  return BLOCKING_IDENTIFIER_KINDS.has(hit.kind);
}

/** Each kind as a noun for lists ("Namn: ”Karl”"), in the order findings are shown. */
export const IDENTIFIER_KIND_NAMES: Record<IdentifierKind, string> = {
  personnummer: "Personnummer",
  samordningsnummer: "Samordningsnummer",
  telefon: "Telefonnummer",
  epost: "E-postadress",
  adress: "Adress",
  postadress: "Postnummer och ort",
  namn: "Namn",
  datum: "Exakt datum",
  alder: "Ålder",
};

/** Every kind, in display order. */
export const IDENTIFIER_KINDS = Object.keys(IDENTIFIER_KIND_NAMES) as [IdentifierKind, ...IdentifierKind[]];

/** What to write instead, in plain Swedish, one hint per kind. */
export const IDENTIFIER_HINTS: Record<IdentifierKind, string> = {
  personnummer: "Ta bort personnumret. Det får aldrig finnas i rapporten.",
  samordningsnummer: "Ta bort samordningsnumret. Det får aldrig finnas i rapporten.",
  telefon: "Ta bort telefonnumret.",
  epost: "Ta bort e-postadressen.",
  adress: "Ta bort adressen. Skriv till exempel ”i sin bostad” i stället.",
  postadress: "Ta bort postnumret och orten.",
  namn: "Skriv ”brukaren” eller ”personen” i stället för namnet, och yrkesroll i stället för namn på personal.",
  datum: "Skriv månad eller ungefärlig tid i stället för exakt datum.",
  alder: "Skriv åldersgrupp i stället för exakt ålder.",
};

/** The checkbox under a free-text field whose findings may be kept. */
export const CONFIRMATION_LABEL = "Jag har kontrollerat uppgifterna och de behövs för att förstå händelsen.";
/**
 * The error when findings that may be kept have not been confirmed. `where` names the field ("beskrivningen"), so
 * two such errors in the error summary can be told apart; `kinds` are what the detector found there ("ett
 * telefonnummer"), so the reporter knows what to look for.
 */
export function confirmationMessage(where: string, kinds: readonly IdentifierKind[]): string {
  const named = [...new Set(kinds)].map((kind) => IDENTIFIER_LABELS[kind]);
  const list =
    named.length > 1 ? `${named.slice(0, -1).join(", ")} och ${named.at(-1)}` : (named[0] ?? "uppgifter");
  const [them, they] = named.length > 1 ? ["dem", "de"] : ["det", "det"];
  return `${capitalise(where)} innehåller ${list} som kan identifiera personen. Ta bort ${them}, eller kryssa i att ${they} behövs för att förstå händelsen.`;
}

const KIND_ORDER = new Map(IDENTIFIER_KINDS.map((kind, index) => [kind, index]));

function uniqueKinds(hits: readonly IdentifierHit[]): IdentifierKind[] {
  return [...new Set(hits.map((hit) => hit.kind))].sort((a, b) => KIND_ORDER.get(a)! - KIND_ORDER.get(b)!);
}

export interface TextFindings {
  /** Personnummer and samordningsnummer: must go before the text is stored. */
  blocking: IdentifierHit[];
  /** Everything else: may stay once confirmed. */
  confirmable: IdentifierHit[];
  blockingKinds: IdentifierKind[];
  confirmableKinds: IdentifierKind[];
}

// In the browser the same text is looked at several times per keystroke (the hint, the step schema's rules,
// autosave): the light detector's answers for the last few texts are kept there. Never on the server, which would
// hold other reporters' texts in memory.
const recent = new Map<string, IdentifierHit[]>();
const RECENT_TEXTS = 16;
// Answers from before the name lists arrived lack the listed names.
onNameListsLoaded(() => recent.clear());

function detectLight(text: string): IdentifierHit[] {
  if (typeof window === "undefined") return detectIdentifiers(text);
  const known = recent.get(text);
  if (known) return known;
  const hits = detectIdentifiers(text);
  if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value!);
  recent.set(text, hits);
  return hits;
}

export function findingsIn(text: string, detect: Detect = detectLight): TextFindings {
  const hits = text ? detect(text) : [];
  const blocking = hits.filter(isBlockingIdentifier);
  const confirmable = hits.filter((hit) => !isBlockingIdentifier(hit));
  return {
    blocking,
    confirmable,
    blockingKinds: uniqueKinds(blocking),
    confirmableKinds: uniqueKinds(confirmable),
  };
}

export function blockingHitsIn(text: string, detect: Detect = detectLight): IdentifierHit[] {
  return findingsIn(text, detect).blocking;
}

/** Whether every kind found is among those confirmed. */
export function isConfirmed(kinds: readonly IdentifierKind[], confirmed: readonly unknown[] | undefined) {
  return kinds.every((kind) => confirmed?.includes(kind));
}

/** The field error for blocking findings: "Ta bort personnumret ur beskrivningen. …" (`where` is optional). */
export function blockedMessage(hits: readonly Pick<IdentifierHit, "kind">[], where?: string): string {
  const count = (kind: IdentifierKind) => hits.filter((hit) => hit.kind === kind).length;
  const parts = [
    count("personnummer") > 1 ? "personnumren" : count("personnummer") === 1 ? "personnumret" : null,
    count("samordningsnummer") > 1
      ? "samordningsnumren"
      : count("samordningsnummer") === 1
        ? "samordningsnumret"
        : null,
  ].filter(Boolean);
  return `Ta bort ${parts.join(" och ")}${where ? ` ur ${where}` : ""}. Rapporten får inte innehålla personnummer eller samordningsnummer.`;
}

/** A place in a step's values: ["measures", 0, "description"]. */
export type ValuePath = (string | number)[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every string in nested plain objects and arrays, with its path. */
export function* stringsIn(value: unknown, path: ValuePath = []): Generator<[ValuePath, string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* stringsIn(item, [...path, index]);
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
  }
}

/** Each string in the values that holds a personnummer or samordningsnummer. */
export function blockedTextIn(values: unknown, detect: Detect = detectLight) {
  const found: { path: ValuePath; hits: IdentifierHit[] }[] = [];
  for (const [path, text] of stringsIn(values)) {
    const hits = blockingHitsIn(text, detect);
    if (hits.length > 0) found.push({ path, hits });
  }
  return found;
}

/**
 * A copy of the values with every string that holds a personnummer or samordningsnummer left out (an object loses
 * the key, an array the item): what autosave may send and store.
 */
export function withoutBlockedText<T>(values: T, detect: Detect = detectLight): T {
  return replaceBlocked(values, detect, () => undefined) as T;
}

/** A copy of the values with every such string emptied: for texts left behind that the report does not keep. */
export function blankBlockedText<T>(values: T, detect: Detect = detectLight): T {
  return replaceBlocked(values, detect, () => "") as T;
}

function replaceBlocked(value: unknown, detect: Detect, replacement: () => string | undefined): unknown {
  if (typeof value === "string") return blockingHitsIn(value, detect).length > 0 ? replacement() : value;
  if (Array.isArray(value)) {
    return value
      .map((item) => replaceBlocked(item, detect, replacement))
      .filter((item, index) => item !== undefined || value[index] === undefined);
  }
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const replaced = replaceBlocked(item, detect, replacement);
      if (replaced !== undefined || item === undefined) copy[key] = replaced;
    }
    return copy;
  }
  return value;
}
