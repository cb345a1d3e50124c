import { describe, expect, it } from "vitest";
import { detectIdentifiers } from "@/lib/anonymise/detect-identifiers";
import { maskIdentifiers } from "@/lib/anonymise/mask-identifiers";

describe("masking identifiers", () => {
  it("replaces personnummer, phone numbers, e-mail, addresses and names after a naming word", () => {
    const text =
      "Patienten Karl Svensson, 19850101-1234, bor på Storgatan 12. Ring 070-174 06 55 eller skriv till karl@example.se.";
    const masked = maskIdentifiers(text);
    expect(masked).toBe(
      "Patienten [namn], [personnummer], bor på [adress]. Ring [telefonnummer] eller skriv till [e-post].",
    );
    expect(detectIdentifiers(masked)).toEqual([]);
  });

  it("leaves text without identifiers unchanged", () => {
    const text = "SIP-mötet vecka 12 blev inte av eftersom ingen från öppenvården kom.";
    expect(maskIdentifiers(text)).toBe(text);
  });
});
