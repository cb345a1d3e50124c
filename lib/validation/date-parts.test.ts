import { describe, expect, it } from "vitest";
import { checkDateParts, joinDateParts, splitDateParts } from "@/lib/validation/date-parts";

const DATE = { emptyMessage: "Fyll i datumet.", today: "2026-03-15" };
const MONTH = { hasDay: false, emptyMessage: "Fyll i månaden.", today: "2026-03-15" };
const typed = (day: string, month: string, year: string) => joinDateParts({ day, month, year });

describe("the date typed as dag, månad, år", () => {
  it("opens a stored YYYY-MM-DD in its three fields and keeps what is typed", () => {
    expect(splitDateParts("2026-03-01")).toEqual({ year: "2026", month: "03", day: "01" });
    expect(splitDateParts(typed("7", "", "2026"))).toEqual({ year: "2026", month: "", day: "7" });
    expect(splitDateParts("2026-03", false)).toEqual({ year: "2026", month: "03", day: "" });
    expect(joinDateParts({ day: "", month: "", year: "" })).toBe("");
  });

  it("accepts a real date, with or without leading zeros, and gives YYYY-MM-DD", () => {
    expect(checkDateParts(typed("7", "3", "2026"), DATE)).toEqual({ ok: true, value: "2026-03-07" });
    expect(checkDateParts("2026-03-01", DATE)).toEqual({ ok: true, value: "2026-03-01" });
  });

  it("says which part is missing", () => {
    expect(checkDateParts(typed("7", "", "2026"), DATE)).toEqual({
      ok: false,
      message: "Datumet måste innehålla en månad.",
    });
    expect(checkDateParts(typed("7", "", ""), DATE)).toEqual({
      ok: false,
      message: "Datumet måste innehålla en månad och ett år.",
    });
    expect(checkDateParts("", DATE)).toEqual({ ok: false, message: "Fyll i datumet." });
  });

  it("refuses a date that does not exist, letters and a short year", () => {
    const notReal = { ok: false, message: "Datumet måste vara ett riktigt datum." };
    expect(checkDateParts(typed("30", "2", "2026"), DATE)).toEqual(notReal);
    expect(checkDateParts(typed("1", "13", "2026"), DATE)).toEqual(notReal);
    expect(checkDateParts(typed("1", "mars", "2026"), DATE)).toEqual(notReal);
    expect(checkDateParts(typed("1", "3", "26"), DATE)).toEqual({
      ok: false,
      message: "Året måste ha fyra siffror.",
    });
  });

  it("refuses a date in the future only when asked to", () => {
    expect(checkDateParts(typed("16", "3", "2026"), DATE)).toEqual({
      ok: false,
      message: "Datumet kan inte vara i framtiden.",
    });
    expect(checkDateParts(typed("15", "3", "2026"), DATE)).toEqual({ ok: true, value: "2026-03-15" });
    expect(checkDateParts(typed("30", "6", "2027"), { emptyMessage: "" })).toEqual({
      ok: true,
      value: "2027-06-30",
    });
  });

  it("takes only a month and a year where that is enough", () => {
    expect(checkDateParts(joinDateParts({ day: "", month: "3", year: "2026" }, false), MONTH)).toEqual({
      ok: true,
      value: "2026-03",
    });
    expect(checkDateParts("2026-04", MONTH)).toEqual({
      ok: false,
      message: "Månaden kan inte vara i framtiden.",
    });
    expect(checkDateParts("2026-", MONTH)).toEqual({
      ok: false,
      message: "Månaden måste innehålla en månad.",
    });
    expect(checkDateParts("2026-13", MONTH)).toEqual({
      ok: false,
      message: "Månaden måste vara en riktig månad.",
    });
  });
});
