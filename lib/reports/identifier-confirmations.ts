import * as z from "zod/mini";
import type { IdentifierKind } from "@/lib/anonymise/detect-identifiers";
import {
  IDENTIFIER_KIND_NAMES,
  IDENTIFIER_KINDS,
  findingsIn,
  type Detect,
} from "@/lib/reports/identifier-findings";

/**
 * The kinds of finding the reporter confirmed as needed, per free-text field: `{ description: ["namn", "datum"] }`.
 * Kinds only, never the text. Kept in the draft with the step's answers and copied to
 * `Report.identifierConfirmations` on submit, so the coordinators know what was kept on purpose. Fields of
 * measures are keyed by their place in the report: "measures.0.description".
 */
export type IdentifierConfirmations = Record<string, IdentifierKind[]>;

/** The kinds confirmed for one field. Anything unrecognised counts as nothing confirmed, so it is asked again. */
export const ZConfirmedKinds = z.catch(
  z.array(z.enum(IDENTIFIER_KINDS)).check(z.maxLength(IDENTIFIER_KINDS.length)),
  [],
);

/** The kinds found in the text that were confirmed, in display order; undefined when none. */
export function keptKinds(
  text: string,
  confirmed: readonly IdentifierKind[] | undefined,
  detect?: Detect,
): IdentifierKind[] | undefined {
  const kept = findingsIn(text, detect).confirmableKinds.filter((kind) => confirmed?.includes(kind));
  return kept.length > 0 ? kept : undefined;
}

/** Only the fields that keep something, each with only the kinds still found in its text. */
export function pruneConfirmations<F extends string>(
  texts: Record<F, string>,
  confirmed: Partial<Record<F, readonly IdentifierKind[]>> | undefined,
): Partial<Record<F, IdentifierKind[]>> {
  const pruned: Partial<Record<F, IdentifierKind[]>> = {};
  for (const field of Object.keys(texts) as F[]) {
    const kinds = keptKinds(texts[field], confirmed?.[field]);
    if (kinds) pruned[field] = kinds;
  }
  return pruned;
}

/** The answers the report's confirmations are taken from, as the submission schema gives them. */
interface SubmittedTexts {
  description: {
    identifierConfirmations?: Partial<Record<"description" | "actionsTaken", IdentifierKind[]>>;
  };
  delTva: {
    dialogueHeld: "ja" | "nej";
    escalationComment: string;
    measures: { identifierConfirmations?: Partial<Record<"description", IdentifierKind[]>> }[];
    identifierConfirmations?: Partial<Record<"noDialogueReason" | "escalationComment", IdentifierKind[]>>;
  };
}

/**
 * What `Report.identifierConfirmations` holds for a submission: the confirmations of the texts the report keeps
 * (the measures after a dialogue, the reason when there was none), or null when nothing was kept.
 */
export function reportIdentifierConfirmations(submission: SubmittedTexts): IdentifierConfirmations | null {
  const { description, delTva } = submission;
  const held = delTva.dialogueHeld === "ja";
  const entries: [string, IdentifierKind[] | undefined][] = [
    ["description", description.identifierConfirmations?.description],
    ["actionsTaken", description.identifierConfirmations?.actionsTaken],
    ...(held
      ? delTva.measures.map(
          (measure, index) =>
            [`measures.${index}.description`, measure.identifierConfirmations?.description] as [
              string,
              IdentifierKind[] | undefined,
            ],
        )
      : []),
    ["noDialogueReason", held ? undefined : delTva.identifierConfirmations?.noDialogueReason],
    [
      "escalationComment",
      delTva.escalationComment ? delTva.identifierConfirmations?.escalationComment : undefined,
    ],
  ];
  const kept = entries.filter((entry): entry is [string, IdentifierKind[]] => !!entry[1]?.length);
  return kept.length > 0 ? Object.fromEntries(kept) : null;
}

const FIELD_LABELS: Record<string, string> = {
  description: "Beskrivning av händelsen",
  actionsTaken: "Åtgärder som vidtagits",
  noDialogueReason: "Varför ingen dialog kunde hållas",
  escalationComment: "Kommentar om att lyfta vidare",
};

export interface ConfirmedField {
  /** The key as stored: "description", "measures.0.description". */
  field: string;
  /** "Beskrivning av händelsen", "Åtgärd 1". */
  label: string;
  kinds: IdentifierKind[];
  /** "Namn", "Exakt datum". */
  kindNames: string[];
}

const ZStoredConfirmations = z.record(z.string(), ZConfirmedKinds);

function fieldLabel(field: string): string | null {
  const measure = /^measures\.(\d+)\.description$/.exec(field);
  if (measure) return `Åtgärd ${Number(measure[1]) + 1}`;
  return FIELD_LABELS[field] ?? null;
}

function fieldOrder(field: string): number {
  const measure = /^measures\.(\d+)\./.exec(field);
  if (measure) return 2 + Number(measure[1]) / 1000;
  return { description: 0, actionsTaken: 1, noDialogueReason: 3, escalationComment: 4 }[field] ?? 5;
}

/**
 * `Report.identifierConfirmations` ready to show a coordinator: the fields in the report's order, each with the
 * kinds the reporter kept on purpose. Empty for null or anything unreadable.
 */
export function describeIdentifierConfirmations(stored: unknown): ConfirmedField[] {
  const parsed = ZStoredConfirmations.safeParse(stored);
  if (!parsed.success) return [];
  return Object.entries(parsed.data)
    .flatMap(([field, kinds]) => {
      const label = fieldLabel(field);
      if (!label || kinds.length === 0) return [];
      return [{ field, label, kinds, kindNames: kinds.map((kind) => IDENTIFIER_KIND_NAMES[kind]) }];
    })
    .sort((a, b) => fieldOrder(a.field) - fieldOrder(b.field));
}
