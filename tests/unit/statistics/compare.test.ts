import { describe, expect, it } from "vitest";
import { compareYears, groupByYear } from "@/lib/statistics/compute";
import type { ComparisonTable } from "@/lib/statistics/types";
import { cases2025, cat, categories2025, statCase } from "./fixtures";

/** Two brister of 2024, on that year's own category list (other ids, other spelling). */
function cases2024() {
  return [
    statCase("p1", {
      year: 2024,
      eventMonth: "2024-05",
      submittedMonth: "2024-06",
      categories: [{ id: "c24-kom", name: " Kommunikation " }],
      solved: "JA",
      daysEventToReport: 12,
    }),
    statCase("p2", {
      year: 2024,
      submittedMonth: "2024-09",
      categories: [{ id: "c24-ut", name: "Samverkan vid utskrivning" }],
      escalated: true,
      daysEventToReport: 4,
    }),
  ];
}

function row(table: ComparisonTable, key: string) {
  const found = table.rows.find((r) => r.key === key);
  if (!found) throw new Error(`No row ${key}`);
  return { label: found.label, counts: found.counts, shares: found.shares, total: found.total };
}

describe("years side by side", () => {
  const comparison = compareYears(
    new Map([
      [2025, cases2025()],
      [2024, cases2024()],
    ]),
    { references: { 2025: { categories: categories2025 } } },
  );

  it("orders the years and counts the brister of each", () => {
    expect(comparison.years).toEqual([2024, 2025]);
    expect(comparison.totals).toEqual([2, 8]);
    expect(comparison.statistics.map((s) => s.year)).toEqual([2024, 2025]);
    expect(comparison.categories.bases).toEqual([2, 8]);
    expect(comparison.categories.grandTotal).toBe(10);
  });

  it("matches categories across years by name, labelled as in the latest year", () => {
    expect(row(comparison.categories, "kommunikation")).toEqual({
      label: "kommunikation",
      counts: [1, 5],
      shares: [0.5, 0.625],
      total: 6,
    });
    expect(row(comparison.categories, "samverkan vid utskrivning")).toMatchObject({
      counts: [1, 0],
      total: 1,
    });
    expect(row(comparison.categories, "rutiner")).toMatchObject({ counts: [0, 4], shares: [0, 0.5] });
    // Listed for 2025 though no brist has it.
    expect(
      row(comparison.categories, "kompetens hos den enskilde individen eller inom verksamheten"),
    ).toMatchObject({ counts: [0, 0], total: 0 });
    expect(comparison.categories.exclusive).toBe(false);
    // Most brister over the years first.
    expect(comparison.categories.rows.slice(0, 3).map((r) => r.key)).toEqual([
      "kommunikation",
      "rutiner",
      "sip",
    ]);
  });

  it("compares fixed rows by key", () => {
    expect(comparison.solved.rows.map((r) => [r.key, r.counts])).toEqual([
      ["JA", [1, 3]],
      ["DELVIS", [0, 1]],
      ["NEJ", [0, 2]],
      ["UNKNOWN", [1, 2]],
    ]);
    expect(comparison.solved.exclusive).toBe(true);
    expect(row(comparison.escalated, "ESCALATED")).toMatchObject({
      counts: [1, 2],
      shares: [0.5, 0.25],
      total: 3,
    });
    expect(row(comparison.directions, "KOMMUN_REGION").counts).toEqual([0, 3]);
    expect(row(comparison.directions, "UNKNOWN").counts).toEqual([2, 1]);
  });

  it("compares organisations by id", () => {
    expect(row(comparison.reportingOrganisations, "o-hbg")).toMatchObject({ counts: [2, 2], total: 4 });
    expect(row(comparison.partnerOrganisations, "o-vux")).toMatchObject({ counts: [0, 4] });
  });

  it("compares calendar months, with months outside the year in one row", () => {
    const nonZero = comparison.monthsOfYear.rows.filter((r) => r.total > 0).map((r) => [r.label, r.counts]);
    expect(nonZero).toEqual([
      ["mars", [0, 3]],
      ["maj", [1, 0]],
      ["juni", [0, 3]],
      ["september", [1, 0]],
      ["november", [0, 1]],
      ["Utanför året", [0, 1]],
    ]);
    expect(comparison.monthsOfYear.rows).toHaveLength(13);
    expect(comparison.monthsOfYear.exclusive).toBe(true);
  });

  it("puts the medians side by side", () => {
    expect(comparison.durations.eventToReport).toEqual([
      { median: 8, count: 2 },
      { median: 10, count: 5 },
    ]);
  });

  it("takes a plain object by year, and a year without brister", () => {
    const withEmpty = compareYears({ 2023: [], 2025: cases2025() });
    expect(withEmpty.years).toEqual([2023, 2025]);
    expect(withEmpty.totals).toEqual([0, 8]);
    expect(row(withEmpty.solved, "JA")).toMatchObject({ counts: [0, 3], shares: [null, 0.375] });
  });

  it("groups brister by year", () => {
    const grouped = groupByYear([...cases2024(), ...cases2025()]);
    expect([...grouped.keys()].sort()).toEqual([2024, 2025]);
    expect(grouped.get(2025)).toHaveLength(8);
    expect(compareYears(grouped).totals).toEqual([2, 8]);
  });

  it("rejects a brist given under another year", () => {
    expect(() => compareYears({ 2025: [statCase("x", { year: 2024, categories: [cat.sip] })] })).toThrow(
      /from 2024, given under 2025/,
    );
  });
});
