import { describe, expect, it } from "vitest";
import { computeYearStatistics } from "@/lib/statistics/compute";
import type { Breakdown } from "@/lib/statistics/types";
import { cases2025, cat, categories2025, org, statCase } from "./fixtures";

/** { key: count } of a breakdown, in row order. */
function counts(breakdown: Breakdown): [string, number][] {
  return breakdown.rows.map((row) => [row.key, row.count]);
}

describe("one year's statistics", () => {
  const inOtherYear = statCase("c9", {
    year: 2024,
    submittedMonth: "2024-05",
    categories: [cat.kommunikation],
  });
  const stats = computeYearStatistics(2025, [...cases2025(), inOtherYear], { categories: categories2025 });

  it("counts the brister of the year only", () => {
    expect(stats.year).toBe(2025);
    expect(stats.total).toBe(8);
  });

  it("counts a brist once in each of its categories, shares of the number of brister", () => {
    expect(counts(stats.categories)).toEqual([
      ["c-kom", 5],
      ["c-rut", 4],
      ["c-sip", 3],
      // Equal counts in the order of the year's list: SVU/Mina planer, bristande helhetssyn, förståelse.
      ["c-svu", 2],
      ["c-hel", 2],
      ["c-for", 2],
      ["c-bem", 1],
      ["c-ind", 0],
      ["c-kmp", 0],
    ]);
    expect(stats.categories.exclusive).toBe(false);
    expect(stats.categories.base).toBe(8);
    expect(stats.categories.notStated).toBe(1);
    const shares = Object.fromEntries(stats.categories.rows.map((row) => [row.key, row.share]));
    expect(shares).toMatchObject({
      "c-kom": 0.625,
      "c-rut": 0.5,
      "c-sip": 0.375,
      "c-bem": 0.125,
      "c-ind": 0,
    });
    // 19 category marks on 8 brister: the shares add up to well over 100 %.
    const sumOfShares = stats.categories.rows.reduce((sum, row) => sum + row.share!, 0);
    expect(sumOfShares).toBeCloseTo(19 / 8);
  });

  it("without a reference list, lists only categories in use, equal counts by name", () => {
    const plain = computeYearStatistics(2025, cases2025());
    expect(counts(plain.categories).map(([key]) => key)).toEqual([
      "c-kom",
      "c-rut",
      "c-sip",
      "c-hel", // bristande helhetssyn
      "c-for", // förståelse för varandras uppdrag
      "c-svu", // SVU/Mina planer
      "c-bem",
    ]);
  });

  it("names the three most common categories", () => {
    expect(stats.topCategories.places).toBe(3);
    expect(stats.topCategories.tiedAtCutoff).toBe(false);
    expect(stats.topCategories.rows.map((r) => [r.label, r.count, r.rank, r.tied])).toEqual([
      ["kommunikation", 5, 1, false],
      ["rutiner", 4, 2, false],
      ["SIP", 3, 3, false],
    ]);
  });

  it("includes every category tied for third place, and says so", () => {
    // Without SIP on c1, SIP has 2 like SVU/Mina planer, bristande helhetssyn and förståelse.
    const cases = cases2025().map((c) =>
      c.id === "c1" ? { ...c, categories: [cat.kommunikation, cat.rutiner] } : c,
    );
    const top = computeYearStatistics(2025, cases, { categories: categories2025 }).topCategories;
    expect(top.tiedAtCutoff).toBe(true);
    expect(top.rows.map((r) => [r.key, r.count, r.rank, r.tied])).toEqual([
      ["c-kom", 5, 1, false],
      ["c-rut", 4, 2, false],
      ["c-sip", 2, 3, true],
      ["c-svu", 2, 3, true],
      ["c-hel", 2, 3, true],
      ["c-for", 2, 3, true],
    ]);
  });

  it("counts areas like categories", () => {
    expect(counts(stats.areas)).toEqual([
      ["a-sip", 3],
      ["a-svu", 2],
    ]);
    expect(stats.areas.notStated).toBe(4);
  });

  it("counts each brist once per distinct direction", () => {
    // c1, c3 (two region partners: once), c5 | c2, c4 (withheld organisation, huvudman kept) | c5 | c8 |
    // c6 (övrig reporter), c8 (övrig partner) | c7 (nothing known).
    expect(counts(stats.directions)).toEqual([
      ["KOMMUN_REGION", 3],
      ["REGION_KOMMUN", 2],
      ["KOMMUN_KOMMUN", 1],
      ["REGION_REGION", 1],
      ["OVRIG", 2],
      ["UNKNOWN", 1],
    ]);
    expect(stats.directions.exclusive).toBe(false);
    expect(stats.directions.rows[0]).toMatchObject({ label: "Kommun till region", share: 3 / 8 });
  });

  it("counts the reporters' huvudman, with an unknown row", () => {
    expect(counts(stats.reporterHuvudman)).toEqual([
      ["KOMMUN", 3],
      ["REGION", 3],
      ["OVRIG", 1],
      ["UNKNOWN", 1],
    ]);
    expect(stats.reporterHuvudman.exclusive).toBe(true);
  });

  it("counts reporting organisations, withheld ones last", () => {
    expect(stats.reportingOrganisations.rows.map((r) => [r.label, r.count, r.huvudman])).toEqual([
      ["Helsingborgs stad", 2, "KOMMUN"],
      ["Barn- och ungdomspsykiatri", 1, "REGION"],
      ["Höganäs kommun", 1, "KOMMUN"],
      ["Privat vårdgivare", 1, "OVRIG"],
      ["Vuxenpsykiatri Helsingborg", 1, "REGION"],
      ["Uppgift undanhållen", 2, undefined],
    ]);
    expect(stats.reportingOrganisations.exclusive).toBe(true);
  });

  it("counts a brist once per partner organisation", () => {
    expect(counts(stats.partnerOrganisations)).toEqual([
      ["o-vux", 4],
      ["o-hbg", 2],
      ["o-hog", 2],
      ["o-bup", 1],
    ]);
    expect(stats.partnerOrganisations.notStated).toBe(1);
  });

  it("lists organisations from the reference list with 0", () => {
    const withReference = computeYearStatistics(2025, cases2025(), { organisations: Object.values(org) });
    expect(withReference.partnerOrganisations.rows.find((r) => r.key === "o-pri")).toMatchObject({
      count: 0,
    });
  });

  it("counts months by event month, else submitted month, earlier months in one row", () => {
    const nonZero = stats.months.rows.filter((r) => r.count > 0).map((r) => [r.label, r.count]);
    expect(nonZero).toEqual([
      ["Före 2025", 1],
      ["mars 2025", 3],
      ["juni 2025", 3],
      ["november 2025", 1],
    ]);
    // Every month of the year is listed; no row for later years when nothing falls there.
    expect(stats.months.rows).toHaveLength(13);
    expect(stats.months.rows[1]).toMatchObject({ key: "2025-01", label: "januari 2025", count: 0 });
    expect(stats.months.basis).toEqual({ eventMonth: 6, submittedMonth: 2 });
    expect(stats.months.exclusive).toBe(true);
  });

  it("counts solved, partly solved, not solved and unknown", () => {
    expect(stats.solved.rows.map((r) => [r.label, r.count])).toEqual([
      ["Löst", 3],
      ["Delvis löst", 1],
      ["Inte löst", 2],
      ["Okänt", 2],
    ]);
  });

  it("counts escalated brister", () => {
    expect(stats.escalated.rows.map((r) => [r.label, r.count, r.share])).toEqual([
      ["Eskalerad", 2, 0.25],
      ["Inte eskalerad", 6, 0.75],
    ]);
  });

  it("takes medians of the day measures, ignoring brister without a value", () => {
    expect(stats.durations).toEqual({
      // 5, 8, 10, 20, 30
      eventToReport: { median: 10, count: 5 },
      // 1, 2, 2, 3, 4, 6: the mean of 2 and 3
      reportToRegistration: { median: 2.5, count: 6 },
      // 3, 5, 7, 9
      registrationToFirstFeedback: { median: 6, count: 4 },
    });
  });

  it("gives zeros and no medians for a year without brister", () => {
    const empty = computeYearStatistics(2023, cases2025());
    expect(empty.total).toBe(0);
    expect(empty.categories.rows).toEqual([]);
    expect(empty.topCategories).toEqual({ places: 3, rows: [], tiedAtCutoff: false });
    expect(empty.solved.rows.map((r) => [r.count, r.share])).toEqual([
      [0, null],
      [0, null],
      [0, null],
      [0, null],
    ]);
    expect(empty.durations.eventToReport).toEqual({ median: null, count: 0 });
  });

  it("adds a row for months after the year", () => {
    const late = computeYearStatistics(2025, [statCase("x", { submittedMonth: "2026-01" })]);
    expect(late.months.rows.at(-1)).toMatchObject({ key: "AFTER", label: "Efter 2025", count: 1 });
  });

  it("rejects a malformed month", () => {
    expect(() => computeYearStatistics(2025, [statCase("x", { eventMonth: "2025-13" })])).toThrow(RangeError);
  });
});
