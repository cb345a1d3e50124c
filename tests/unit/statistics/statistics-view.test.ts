import { describe, expect, it } from "vitest";
import { computeYearStatistics } from "@/lib/statistics/compute";
import { publishYearStatistics } from "@/lib/statistics/publish";
import { exactCellText, exactDurationText, statisticsView } from "@/lib/statistics/statistics-view";
import { cases2025, categories2025, org, statCase } from "./fixtures";

/** Three brister of 2024 beside the eight of 2025. */
function cases2024() {
  return [
    statCase("p1", {
      year: 2024,
      submittedMonth: "2024-02",
      categories: [{ id: "old-kom", name: "Kommunikation " }],
    }),
    statCase("p2", {
      year: 2024,
      submittedMonth: "2024-05",
      categories: [{ id: "old-kom", name: "Kommunikation " }],
    }),
    statCase("p3", {
      year: 2024,
      submittedMonth: "2024-05",
      categories: [{ id: "old-gone", name: "en kategori som inte finns 2025" }],
      reporterOrganisation: org.hoganas,
    }),
  ];
}

describe("the statistics view", () => {
  const input = {
    year: 2025,
    cases: [...cases2024(), ...cases2025()],
    previousYears: [2024],
    references: { 2025: { categories: categories2025 } },
  };
  const view = statisticsView(input);

  it("publishes each year on its own, exactly as that year's own statistics", () => {
    expect(view.years).toEqual([2024, 2025]);
    const own2025 = publishYearStatistics(
      computeYearStatistics(2025, input.cases, { categories: categories2025 }),
    );
    expect(view.current).toEqual(own2025);
    expect(view.published[0]).toEqual(publishYearStatistics(computeYearStatistics(2024, input.cases)));
    // The 2024 column is what the 2024 page shows (no earlier years there).
    expect(statisticsView({ year: 2024, cases: input.cases }).current).toEqual(view.published[0]);
  });

  it("matches categories by name across the years, the shown year's rows first", () => {
    const rows = view.breakdowns.categories.rows;
    const kommunikation = rows.find((row) => row.label === "kommunikation")!;
    expect(kommunikation.cells.map((cell) => cell.count.display)).toEqual(["<3", "5"]);
    expect(kommunikation.inYear).toEqual([true, true]);
    expect(rows.slice(0, 9).map((row) => row.inYear[1])).toEqual(Array(9).fill(true));
    const gone = rows.at(-1)!;
    expect(gone.label).toBe("en kategori som inte finns 2025");
    expect(gone.inYear).toEqual([true, false]);
    expect(gone.cells[1]!.count).toEqual({ value: 0, display: "0", suppressed: false });
    expect(gone.cells[1]!.share.display).toBe("0\u00a0%");
  });

  it("compares months by calendar month and keeps months outside the year apart", () => {
    const months = view.breakdowns.months.rows;
    expect(months.find((row) => row.key === "03")!.label).toBe("Mars");
    expect(months.find((row) => row.key === "05")!.cells.map((cell) => cell.count.display)).toEqual([
      "<3",
      "0",
    ]);
    const before = months.find((row) => row.label === "Före året")!;
    expect(before.inYear).toEqual([false, true]);
  });

  it("explains the hidden cells once, with the threshold in force", () => {
    expect(view.note).toMatch(/^<3 = färre än 3 brister/);
    const strict = statisticsView({ ...input, threshold: 5 });
    expect(strict.threshold).toBe(5);
    expect(strict.note).toMatch(/^<5 = färre än 5 brister/);
    expect(statisticsView({ ...input, threshold: 1 }).note).toBeNull();
  });

  it("gives a coordinator the exact figure beside what the arbetsgrupp sees", () => {
    const exact = statisticsView(input, { keepSuppressedValues: true });
    expect(exact.exact).toBe(true);
    const escalated = exact.breakdowns.escalated.rows[0]!.cells[1]!;
    expect(exactCellText(escalated.count)).toBe("2 (visas som <3 för arbetsgruppen)");
    expect(exactCellText(escalated.share, "share")).toBe("25\u00a0% (visas som – för arbetsgruppen)");
    const forGroup = view.breakdowns.escalated.rows[0]!.cells[1]!;
    expect(exactCellText(forGroup.count)).toBe("<3");
    expect(exactCellText({ value: 7, display: "7", suppressed: false })).toBe("7");
    const durations = exact.published[0]!.durations.eventToReport;
    expect(exactDurationText(durations)).toBe("–");
  });

  it("ignores earlier years not before the shown one", () => {
    expect(statisticsView({ ...input, previousYears: [2025, 2026] }).years).toEqual([2025]);
  });
});
