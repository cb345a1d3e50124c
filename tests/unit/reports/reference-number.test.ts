import { describe, expect, it } from "vitest";
import { formatReference, referenceYear } from "@/lib/reports/reference-number";

describe("formatReference", () => {
  it("writes the reference as BIS-<year>-<four-digit sequence>", () => {
    expect(formatReference(2026, 1)).toBe("BIS-2026-0001");
    expect(formatReference(2026, 29)).toBe("BIS-2026-0029");
    expect(formatReference(2026, 9999)).toBe("BIS-2026-9999");
  });

  it("keeps every digit once a year passes 9999 reports", () => {
    expect(formatReference(2026, 12345)).toBe("BIS-2026-12345");
  });
});

describe("referenceYear (Swedish time)", () => {
  it("counts 2025-12-31T23:30Z as 2026, since it is already New Year's Day in Stockholm", () => {
    expect(referenceYear(new Date("2025-12-31T23:30:00Z"))).toBe(2026);
  });

  it("counts the last second of New Year's Eve in Stockholm as the old year", () => {
    expect(referenceYear(new Date("2025-12-31T22:59:59Z"))).toBe(2025);
    expect(referenceYear(new Date("2025-12-31T23:00:00Z"))).toBe(2026);
  });

  it("gives the calendar year in the middle of the year, summer time included", () => {
    expect(referenceYear(new Date("2026-06-30T22:30:00Z"))).toBe(2026);
    expect(referenceYear(new Date("2026-03-15T12:00:00Z"))).toBe(2026);
  });
});
