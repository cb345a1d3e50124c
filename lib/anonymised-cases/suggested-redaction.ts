import { detectIdentifiers } from "@/lib/anonymise/detect-identifiers-full";
import { editSection, type SectionState } from "@/lib/anonymised-cases/redaction-edits";

/**
 * Pure: every text with each of the detector's findings replaced by its placeholder, as if the coordinator had
 * accepted every suggestion. A starting point, never the end: the coordinator still reads what detection misses.
 */
export function suggestedRedaction(
  sections: readonly { key: string; text: string }[],
  options: { allow: readonly string[] },
): Array<{ key: string; text: string }> {
  return sections.map((section) => {
    let state: SectionState = {
      text: section.text,
      findings: detectIdentifiers(section.text, { allow: options.allow }).map((hit, index) => ({
        ...hit,
        id: String(index),
        isDismissed: false,
      })),
    };
    for (const finding of [...state.findings]) state = editSection(state, { type: "accept", id: finding.id });
    return { key: section.key, text: state.text };
  });
}
