import { describe, expect, it } from "vitest";
import { foundSentence, pageOfPages } from "@/components/inbox/inbox-summary";

describe("what the inbox says it found", () => {
  it("gives the exact number, the Swedish way, with the noun agreeing", () => {
    const base = { totalCapped: false, first: 1, isFiltered: false };
    expect(foundSentence({ ...base, total: 1, last: 1 })).toBe("Visar 1–1 av 1 brist.");
    expect(foundSentence({ ...base, total: 12345, last: 25 })).toBe("Visar 1–25 av 12\u00a0345 brister.");
    expect(foundSentence({ ...base, total: 0, last: 0 })).toBe("Det finns inga brister ännu.");
    expect(foundSentence({ ...base, total: 0, last: 0, isFiltered: true })).toBe(
      "Inga brister matchar filtret.",
    );
  });

  it("says 'fler än' when a search stopped counting, and so do the page numbers", () => {
    expect(foundSentence({ total: 1000, totalCapped: true, first: 26, last: 50, isFiltered: true })).toBe(
      "Visar 26–50 av fler än 1\u00a0000 brister som matchar filtret.",
    );
    expect(pageOfPages(2, 41, 1000, true, 25)).toBe("sida 2 av fler än 40");
    expect(pageOfPages(2, 5, 120, false, 25)).toBe("sida 2 av 5");
  });
});
