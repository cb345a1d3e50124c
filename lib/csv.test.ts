import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/csv";

describe("CSV", () => {
  it("leaves plain values as they are", () => {
    expect(csvCell("CASE_VIEWED")).toBe("CASE_VIEWED");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(null)).toBe("");
  });

  it("quotes separators, quotes and line breaks", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('{"from":"A"}')).toBe('"{""from"":""A""}"');
    expect(csvCell("rad 1\nrad 2")).toBe('"rad 1\nrad 2"');
    expect(csvCell(" kant ")).toBe('" kant "');
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+46")).toBe("'+46");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe("-3");
  });

  it("starts with a byte order mark and ends rows with CRLF", () => {
    expect(
      toCsv([
        ["Tid", "Händelse"],
        ["2026-01-01", "Inloggning"],
      ]),
    ).toBe("\uFEFFTid;Händelse\r\n2026-01-01;Inloggning\r\n");
  });
});
