/**
 * Which free texts of a report can reach the arbetsgrupp, under which key and label, in the order they are read.
 * Pure: the case page hands in the report it has already read; saving checks keys against ids only.
 */

/** A report's free texts as the workbench starts from them. Replies are the reporter's own messages. */
export interface SectionSource {
  description: string;
  actionsTaken: string;
  noDialogueReason: string | null;
  escalationComment: string | null;
  partnerComment: string | null;
  /** In the order the reporter gave them. */
  measures: readonly { id: string; description: string; responsibleParty: string }[];
  /** The reporter's replies on /uppfoljning, oldest first; included only when the coordinator chooses. */
  replies: readonly { id: string; body: string }[];
}

/** The ids that decide which keys a report has. */
export interface SectionSlots {
  measureIds: readonly string[];
  replyIds: readonly string[];
}

export interface SectionSlot {
  key: string;
  label: string;
  /** A reply from the reporter: left out unless the coordinator includes it. */
  isReply: boolean;
}

export interface RedactableSection extends SectionSlot {
  text: string;
}

const BEFORE_MEASURES = [
  { key: "description", label: "Händelsen" },
  { key: "actionsTaken", label: "Vidtagna åtgärder" },
  { key: "noDialogueReason", label: "Varför ingen dialog hölls" },
] as const;
const AFTER_MEASURES = [
  { key: "escalationComment", label: "Kommentar om att lyfta vidare" },
  { key: "partnerComment", label: "Samverkanspartens kommentar" },
] as const;

/** The section every anonymised record needs: without the event there is nothing to review. */
export const REQUIRED_SECTION_KEY = "description";

export const measureKey = (measureId: string, part: "description" | "responsibleParty") =>
  `measure:${measureId}:${part}`;
export const replyKey = (messageId: string) => `reply:${messageId}`;

/** Every key the report can have, labelled, in reading order. Labels carry positions, never dates or names. */
export function sectionSlots(slots: SectionSlots): SectionSlot[] {
  const fixed = (list: readonly { key: string; label: string }[]) =>
    list.map((slot) => ({ ...slot, isReply: false }));
  return [
    ...fixed(BEFORE_MEASURES),
    ...slots.measureIds.flatMap((id, index) => [
      { key: measureKey(id, "description"), label: `Överenskommen åtgärd ${index + 1}`, isReply: false },
      { key: measureKey(id, "responsibleParty"), label: `Ansvarig för åtgärd ${index + 1}`, isReply: false },
    ]),
    ...fixed(AFTER_MEASURES),
    ...slots.replyIds.map((id, index) => ({
      key: replyKey(id),
      label: `Rapportörens svar ${index + 1}`,
      isReply: true,
    })),
  ];
}

/** The report's non-empty free texts with their keys and labels, in reading order. */
export function redactableSections(source: SectionSource): RedactableSection[] {
  const texts = new Map<string, string | null>([
    ["description", source.description],
    ["actionsTaken", source.actionsTaken],
    ["noDialogueReason", source.noDialogueReason],
    ["escalationComment", source.escalationComment],
    ["partnerComment", source.partnerComment],
  ]);
  for (const measure of source.measures) {
    texts.set(measureKey(measure.id, "description"), measure.description);
    texts.set(measureKey(measure.id, "responsibleParty"), measure.responsibleParty);
  }
  for (const reply of source.replies) texts.set(replyKey(reply.id), reply.body);
  const slots = sectionSlots({
    measureIds: source.measures.map((m) => m.id),
    replyIds: source.replies.map((r) => r.id),
  });
  return slots
    .map((slot) => ({ ...slot, text: texts.get(slot.key) ?? "" }))
    .filter((section) => section.text.trim() !== "");
}

/**
 * Sorts sections into reading order: known keys by the slots, keys the slots no longer hold (a record written
 * before a measure was removed) after them in their given order.
 */
export function inReadingOrder<T extends { key: string }>(
  sections: readonly T[],
  slots: readonly SectionSlot[],
) {
  const position = new Map(slots.map((slot, index) => [slot.key, index]));
  return sections
    .map((section, index) => ({ section, rank: position.get(section.key) ?? slots.length + index }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ section }) => section);
}
