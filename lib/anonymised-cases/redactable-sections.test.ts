import { describe, expect, it } from "vitest";
import {
  inReadingOrder,
  measureKey,
  redactableSections,
  replyKey,
  sectionSlots,
  type SectionSource,
} from "@/lib/anonymised-cases/redactable-sections";

const source: SectionSource = {
  description: "Ingen från öppenvården kom till SIP-mötet.",
  actionsTaken: "Nytt möte bokades.",
  noDialogueReason: null,
  escalationComment: "Lyfts till den lokala samverkansgruppen.",
  partnerComment: "  ",
  measures: [
    { id: "m1", description: "En ersättare bevakar kallelser.", responsibleParty: "Vuxenpsykiatrin" },
    { id: "m2", description: "Daglig kontroll av inkorgen.", responsibleParty: "Socialpsykiatrin" },
  ],
  replies: [{ id: "r1", body: "Tack, skolan är nu inbjuden." }],
};

describe("redactable sections", () => {
  it("lists every free text that can reach the arbetsgrupp, in reading order, leaving out empty ones", () => {
    expect(redactableSections(source).map((s) => [s.key, s.label])).toEqual([
      ["description", "Händelsen"],
      ["actionsTaken", "Vidtagna åtgärder"],
      [measureKey("m1", "description"), "Överenskommen åtgärd 1"],
      [measureKey("m1", "responsibleParty"), "Ansvarig för åtgärd 1"],
      [measureKey("m2", "description"), "Överenskommen åtgärd 2"],
      [measureKey("m2", "responsibleParty"), "Ansvarig för åtgärd 2"],
      ["escalationComment", "Kommentar om att lyfta vidare"],
      [replyKey("r1"), "Rapportörens svar 1"],
    ]);
  });

  it("keeps the texts as written and marks the reporter's replies as optional", () => {
    const sections = redactableSections(source);
    expect(sections.find((s) => s.key === measureKey("m2", "responsibleParty"))?.text).toBe(
      "Socialpsykiatrin",
    );
    expect(sections.filter((s) => s.isReply).map((s) => s.key)).toEqual([replyKey("r1")]);
  });

  it("takes the reason when no dialogue was held", () => {
    const sections = redactableSections({
      ...source,
      noDialogueReason: "Parten svarade inte.",
      measures: [],
    });
    expect(sections.map((s) => s.key)).toEqual([
      "description",
      "actionsTaken",
      "noDialogueReason",
      "escalationComment",
      replyKey("r1"),
    ]);
  });

  it("labels by position, never by content", () => {
    const slots = sectionSlots({ measureIds: ["a"], replyIds: ["x", "y"] });
    expect(slots.map((s) => s.label)).toEqual([
      "Händelsen",
      "Vidtagna åtgärder",
      "Varför ingen dialog hölls",
      "Överenskommen åtgärd 1",
      "Ansvarig för åtgärd 1",
      "Kommentar om att lyfta vidare",
      "Samverkanspartens kommentar",
      "Rapportörens svar 1",
      "Rapportörens svar 2",
    ]);
  });

  it("sorts sections into reading order and keeps unknown keys last", () => {
    const slots = sectionSlots({ measureIds: ["a"], replyIds: [] });
    const sorted = inReadingOrder(
      [
        { key: "partnerComment" },
        { key: "measures" },
        { key: "description" },
        { key: measureKey("a", "description") },
      ],
      slots,
    );
    expect(sorted.map((s) => s.key)).toEqual([
      "description",
      measureKey("a", "description"),
      "partnerComment",
      "measures",
    ]);
  });
});
