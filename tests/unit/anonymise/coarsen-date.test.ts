import { describe, expect, it } from "vitest";
import { coarsenDate } from "@/lib/anonymise/coarsen-date";

describe("coarsenDate", () => {
  it.each([
    ["2025-03-12", "mars 2025"],
    ["2025-3-5", "mars 2025"],
    ["20241130", "november 2024"],
    ["12/3", "mars"],
    ["12/3-25", "mars 2025"],
    ["30/11-2024", "november 2024"],
    ["12/3 2025", "mars 2025"],
    ["12.3.2025", "mars 2025"],
    ["3 mars 2025", "mars 2025"],
    ["den 3 mars 2025", "mars 2025"],
    ["3 mars", "mars"],
    ["3:e mars", "mars"],
    ["1:a april", "april"],
    ["15 jan", "januari"],
    ["31 dec 2024", "december 2024"],
    ["5–7 maj", "maj"],
  ])("turns %j into %j", (date, month) => {
    expect(coarsenDate(date)).toBe(month);
  });

  it.each([["vecka 12"], ["mars 2025"], ["2025"], ["12/13"], [""]])("returns null for %j", (text) => {
    expect(coarsenDate(text)).toBeNull();
  });
});
