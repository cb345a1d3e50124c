import { describe, expect, it } from "vitest";
import { detectIdentifiers } from "@/lib/anonymise/detect-identifiers";
import {
  hasValidLuhnChecksum,
  isValidDate,
  isValidPersonnummer,
  luhnCheckDigit,
  readPersonnummer,
} from "@/lib/anonymise/personnummer";

describe("Luhn check digit", () => {
  it("computes the check digit over the first nine digits, as for 121212-121(2)", () => {
    expect(luhnCheckDigit("121212121")).toBe(2);
    expect(luhnCheckDigit("500101981")).toBe(8);
  });

  it.each([["1212121212"], ["5001019818"], ["8503729900"]])("accepts %s", (digits) => {
    expect(hasValidLuhnChecksum(digits)).toBe(true);
  });

  it.each([["1212121213"], ["8503121234"], ["0701234567"], ["12a2121212"], [""]])("refuses %j", (digits) => {
    expect(hasValidLuhnChecksum(digits)).toBe(false);
  });
});

describe("date validity", () => {
  it("knows leap years, month lengths and impossible months", () => {
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2025, 2, 29)).toBe(false);
    expect(isValidDate(2025, 4, 31)).toBe(false);
    expect(isValidDate(2025, 12, 31)).toBe(true);
    expect(isValidDate(2025, 13, 1)).toBe(false);
    expect(isValidDate(2025, 1, 0)).toBe(false);
  });
});

describe("reading a personnummer", () => {
  it("reads ten and twelve digits alike, checking date and check digit", () => {
    expect(readPersonnummer("191212121212")).toEqual({
      kind: "personnummer",
      digits: "1212121212",
      hasValidDate: true,
      hasValidChecksum: true,
    });
    expect(readPersonnummer("8503121234")).toMatchObject({ hasValidDate: true, hasValidChecksum: false });
  });

  it("takes a day over 60 for a samordningsnummer and checks the day it stands for", () => {
    expect(readPersonnummer("8503729900")).toMatchObject({
      kind: "samordningsnummer",
      hasValidDate: true,
      hasValidChecksum: true,
    });
    // Day 91 is the 31st: fine in January, impossible in April.
    expect(readPersonnummer("8501919999")?.hasValidDate).toBe(true);
    expect(readPersonnummer("8504919999")?.hasValidDate).toBe(false);
  });

  it("does not read numbers whose month or day cannot belong to a personnummer", () => {
    expect(readPersonnummer("8513121234")).toBeNull(); // month 13
    expect(readPersonnummer("8503451234")).toBeNull(); // day 45
    expect(readPersonnummer("2120001355")).toBeNull(); // an organisationsnummer (month 20)
    expect(readPersonnummer("1712121212")?.kind).toBe("personnummer");
    expect(readPersonnummer("171212121212")).toBeNull(); // century 17
  });

  it("validates a written personnummer with any separator", () => {
    expect(isValidPersonnummer("19121212-1212")).toBe(true);
    expect(isValidPersonnummer("121212+1212")).toBe(true);
    expect(isValidPersonnummer("121212–1212")).toBe(true);
    expect(isValidPersonnummer("121212 1212")).toBe(true);
    expect(isValidPersonnummer("121212-1213")).toBe(false);
  });
});

describe("personnummer among other numbers", () => {
  const found = (text: string) => detectIdentifiers(text).map((hit) => [hit.kind, hit.match, hit.confidence]);

  it("takes a mobile number with a wrong check digit for a phone number", () => {
    expect(found("Ring 0701234567 i morgon.")).toEqual([["telefon", "0701234567", "certain"]]);
  });

  it("reports a number written like a personnummer but failing its check digit as possible", () => {
    expect(found("Gäller 850312-1234.")).toEqual([["personnummer", "850312-1234", "possible"]]);
  });

  it("reports a valid personnummer as certain and a samordningsnummer as its own kind", () => {
    expect(found("Gäller 19121212-1212 och 850372-9900.")).toEqual([
      ["personnummer", "19121212-1212", "certain"],
      ["samordningsnummer", "850372-9900", "certain"],
    ]);
  });

  it("reads a valid ten-digit number starting with 0 as a phone number when the text says so", () => {
    // 0810099929 passes both checks (born 2008-10-09), but after "ring" it is a phone number.
    expect(found("I journalen stod 0810099929.")).toEqual([["personnummer", "0810099929", "certain"]]);
    expect(found("Ring 0810099929 efter lunch.")).toEqual([["telefon", "0810099929", "certain"]]);
  });

  it("leaves organisationsnummer and reference numbers alone", () => {
    expect(found("Region Skåne har organisationsnummer 232100-0255 och ärendet BIS-2026-0003.")).toEqual([]);
  });
});
