import { describe, expect, it } from "vitest";
import { barDataFromRows } from "@/lib/statistics/bar-data";
import { compareYears, computeYearStatistics } from "@/lib/statistics/compute";
import {
  publishBreakdown,
  publishComparison,
  publishDuration,
  publishYearStatistics,
  type PublishedRow,
} from "@/lib/statistics/publish";
import { cases2025, categories2025, statCase } from "./fixtures";

const stats = computeYearStatistics(2025, cases2025(), { categories: categories2025 });
const shown = (rows: readonly PublishedRow[]) =>
  rows.map((row) => [row.label, row.count.display, row.share.display]);

describe("publishing a year's figures", () => {
  it("hides small counts of an exclusive breakdown, never the number of brister", () => {
    // Eskalerad 2 is "<3"; 8 − 6 would give it away, so 6 is hidden too, not the 8 the page shows anyway.
    const escalated = publishBreakdown(stats.escalated);
    expect(shown(escalated.rows)).toEqual([
      ["Eskalerad", "<3", "–"],
      ["Inte eskalerad", "–", "–"],
    ]);
    expect(escalated.base).toEqual({ value: 8, display: "8", suppressed: false });
    expect(escalated.hasSuppressed).toBe(true);
  });

  it("needs no secondary cell when the hidden counts cannot be told apart", () => {
    // 1 + 2 + 2 = 5 = 8 − 3: each of the three is still 1 or 2.
    expect(shown(publishBreakdown(stats.solved).rows)).toEqual([
      ["Löst", "3", "38\u00a0%"],
      ["Delvis löst", "<3", "–"],
      ["Inte löst", "<3", "–"],
      ["Okänt", "<3", "–"],
    ]);
  });

  it("only hides small counts of categories, where a brist counts in several rows", () => {
    const published = publishBreakdown(stats.categories);
    expect(shown(published.rows)).toEqual([
      ["kommunikation", "5", "63\u00a0%"],
      ["rutiner", "4", "50\u00a0%"],
      ["SIP", "3", "38\u00a0%"],
      ["SVU/Mina planer", "<3", "–"],
      ["bristande helhetssyn", "<3", "–"],
      ["förståelse för varandras uppdrag", "<3", "–"],
      ["bemötande/bristande engagemang", "<3", "–"],
      ["individfokus", "0", "0\u00a0%"],
      ["kompetens hos den enskilde individen eller inom verksamheten", "0", "0\u00a0%"],
    ]);
    expect(published.notStated?.display).toBe("<3");
  });

  it("removes the exact value of hidden cells unless coordinators ask for it", () => {
    const forGroup = publishBreakdown(stats.escalated);
    expect(forGroup.rows[0]!.count).toEqual({
      value: null,
      display: "<3",
      suppressed: true,
      reason: "primary",
    });
    expect(forGroup.rows[0]!.share.value).toBeNull();
    const forCoordinators = publishBreakdown(stats.escalated, { keepSuppressedValues: true });
    expect(forCoordinators.rows[0]!.count).toEqual({
      value: 2,
      display: "<3",
      suppressed: true,
      reason: "primary",
    });
    expect(forCoordinators.rows[1]!.count).toEqual({
      value: 6,
      display: "–",
      suppressed: true,
      reason: "secondary",
    });
    expect(forCoordinators.rows[0]!.share).toMatchObject({ value: 0.25, display: "–", suppressed: true });
  });

  it("publishes every breakdown, the top three and a note", () => {
    const published = publishYearStatistics(stats);
    expect(published.total.display).toBe("8");
    expect(published.threshold).toBe(3);
    expect(published.topCategories.rows.map((r) => [r.label, r.count.display, r.rank])).toEqual([
      ["kommunikation", "5", 1],
      ["rutiner", "4", 2],
      ["SIP", "3", 3],
    ]);
    // 6 by event month, 2 by submitted month: 2 is "<3", and 8 − 6 would give it away.
    expect(published.months.basis.eventMonth.display).toBe("–");
    expect(published.months.basis.submittedMonth.display).toBe("<3");
    expect(published.hasSuppressed).toBe(true);
    expect(published.note).toMatch(/^<3 = färre än 3 brister/);
    expect(published.durations.reportToRegistration).toMatchObject({ median: 2.5, display: "2,5" });
  });

  it("shows nothing suppressed with threshold 1", () => {
    const published = publishYearStatistics(stats, { threshold: 1 });
    expect(published.hasSuppressed).toBe(false);
    expect(published.note).toBeNull();
  });

  it("hides a median resting on fewer brister than the threshold", () => {
    expect(publishDuration({ median: 6, count: 4 }, { threshold: 5 })).toEqual({
      median: null,
      display: "–",
      count: { value: null, display: "<5", suppressed: true, reason: "primary" },
      suppressed: true,
    });
    expect(publishDuration({ median: 6, count: 4 })).toMatchObject({
      median: 6,
      display: "6",
      suppressed: false,
    });
    expect(publishDuration({ median: null, count: 0 })).toMatchObject({ display: "–", suppressed: false });
  });

  it("turns published rows into chart rows without the hidden values", () => {
    const rows = barDataFromRows(publishBreakdown(stats.escalated).rows);
    expect(rows).toEqual([
      { label: "Eskalerad", value: null, display: "<3", suppressed: true, shareDisplay: "–" },
      { label: "Inte eskalerad", value: null, display: "–", suppressed: true, shareDisplay: "–" },
    ]);
    const forCoordinators = barDataFromRows(
      publishBreakdown(stats.escalated, { keepSuppressedValues: true }).rows,
    );
    expect(forCoordinators[0]).toMatchObject({ value: 2, display: "2 (<3)", suppressed: true });
  });
});

describe("publishing years side by side", () => {
  const comparison = compareYears({
    2024: [
      statCase("p1", {
        year: 2024,
        submittedMonth: "2024-05",
        categories: [{ id: "x", name: "Kommunikation" }],
      }),
    ],
    2025: cases2025(),
  });

  it("protects a small count along its row", () => {
    const published = publishComparison(comparison.categories);
    const kommunikation = published.rows.find((r) => r.key === "kommunikation")!;
    expect(kommunikation.counts.map((c) => c.display)).toEqual(["<3", "–"]);
    expect(kommunikation.total.display).toBe("6");
    expect(kommunikation.shares.map((c) => c.display)).toEqual(["–", "–"]);
    // The numbers of brister per year are never hidden to protect a cell; 1 is below the threshold itself, and
    // the grand total is hidden as 9 − 8 would give it away.
    expect(published.bases.map((c) => c.display)).toEqual(["<3", "8"]);
    expect(published.grandTotal.display).toBe("–");
    expect(published.note).not.toBeNull();
  });

  it("protects an exclusive table along its years as well", () => {
    const published = publishComparison(comparison.escalated);
    expect(published.rows.map((r) => r.counts.map((c) => c.display))).toEqual([
      ["0", "<3"],
      ["<3", "–"],
    ]);
    expect(published.fullyProtected).toBe(true);
  });
});
