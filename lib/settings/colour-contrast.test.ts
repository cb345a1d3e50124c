import { describe, expect, it } from "vitest";
import { brandColourProblem, contrastRatio } from "@/lib/settings/colour-contrast";

describe("the host's main colour", () => {
  it("measures contrast as WCAG does", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that reaches 4.5:1 on white.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("accepts a dark colour and the service's own blue", () => {
    expect(brandColourProblem("#0b3a5b")).toBeNull();
    expect(brandColourProblem("#005A9C")).toBeNull();
    expect(brandColourProblem("#6a1b9a")).toBeNull();
  });

  it("refuses a colour too light for white text or the pale panels, saying the ratio and what is needed", () => {
    expect(brandColourProblem("#ffcc00")).toMatch(
      /^Färgen är för ljus: kontrasten mot vit text och ljusa bakgrunder är 1,\d\d:1 och behöver vara minst 4,5:1\./,
    );
    // Enough on white but not on the pale panels the links also sit on.
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThan(4.5);
    expect(brandColourProblem("#767676")).toMatch(/^Färgen är för ljus: .* är 4,1\d:1/);
  });

  it("refuses what is not a colour written as #rrggbb", () => {
    for (const value of ["red", "#fff", "0b3a5b", "#0b3a5g", "url(x)", "#0b3a5b;color:red"]) {
      expect(brandColourProblem(value), value).toMatch(/^Skriv färgen som #/);
    }
  });
});
