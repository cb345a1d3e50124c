import { describe, expect, it } from "vitest";
import { detectIdentifiers } from "@/lib/anonymise/detect-identifiers";
import type { IdentifierHit } from "@/lib/anonymise/identifier-kinds";
import { applyPlaceholders, maskIdentifiers } from "@/lib/anonymise/mask-identifiers";

function hit(text: string, kind: IdentifierHit["kind"], match: string, from = 0): IdentifierHit {
  const start = text.indexOf(match, from);
  return { kind, match, start, end: start + match.length, confidence: "certain" };
}

describe("masking identifiers", () => {
  it("replaces personnummer, phone numbers, e-mail, addresses and names after a naming word", () => {
    const text =
      "Patienten Karl Svensson, 19850101-1234, bor på Storgatan 12. Ring 070-174 06 55 eller skriv till karl@example.se.";
    const masked = maskIdentifiers(text);
    expect(masked).toBe(
      "Patienten [namn], [personnummer], bor på [adress]. Ring [telefon] eller skriv till [e-post].",
    );
    expect(detectIdentifiers(masked)).toEqual([]);
  });

  it("leaves text without identifiers unchanged", () => {
    const text = "SIP-mötet vecka 12 blev inte av eftersom ingen från öppenvården kom.";
    expect(maskIdentifiers(text)).toBe(text);
  });

  it("has a placeholder for every kind", () => {
    const text =
      "Anna, 850372-9900, 17 år, Storgatan 1, 252 21 Helsingborg, den 3 mars, 19121212-1212, 070-174 06 50, a@example.se";
    expect(maskIdentifiers(text)).toBe(
      "[namn], [samordningsnummer], [ålder], [adress], [ort], den [datum], [personnummer], [telefon], [e-post]",
    );
  });

  it("masks the findings by their spans, not every occurrence of the same text", () => {
    // "Berg" is a name after "Anna" but the ordinary word "berg" is not; only the span found is replaced.
    const text = "Anna Berg gick upp på ett berg, och Anna Berg kom tillbaka.";
    const hits = [hit(text, "namn", "Anna Berg")];
    expect(applyPlaceholders(text, hits)).toBe("[namn] gick upp på ett berg, och Anna Berg kom tillbaka.");
  });

  it("replaces spans in any order and keeps the text between them", () => {
    const text = "Ring 070-174 06 50 eller 070-174 06 51.";
    const hits = [hit(text, "telefon", "070-174 06 51"), hit(text, "telefon", "070-174 06 50")];
    expect(applyPlaceholders(text, hits)).toBe("Ring [telefon] eller [telefon].");
  });

  it("can write an exact date as its month, and 'den 3 mars' as 'i mars'", () => {
    expect(
      maskIdentifiers("Den 3 mars 2025 skrevs hon ut, och SIP hölls 2025-04-02.", { coarsenDates: true }),
    ).toBe("I mars 2025 skrevs hon ut, och SIP hölls april 2025.");
    expect(maskIdentifiers("Hon ringde den 12/3.", { coarsenDates: true })).toBe("Hon ringde i mars.");
  });

  it("does not mask allowed names", () => {
    const text = "Kallelsen gick till Vårdboendet Linnea i Bjuv.";
    expect(maskIdentifiers(text)).toBe("Kallelsen gick till Vårdboendet [namn] i Bjuv.");
    expect(maskIdentifiers(text, { allow: ["Vårdboendet Linnea"] })).toBe(text);
  });
});
