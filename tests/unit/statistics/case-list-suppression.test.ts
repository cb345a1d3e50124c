import { describe, expect, it } from "vitest";
import { hiddenValueLabel, listedCases, type ListedCase } from "@/lib/statistics/case-list-suppression";
import { computeYearStatistics } from "@/lib/statistics/compute";
import { publishYearStatistics, type PublishedBreakdown } from "@/lib/statistics/publish";
import { area, cat, org, statCase } from "./fixtures";

const HIDDEN = hiddenValueLabel(3);

/**
 * Ten brister of 2025, by hand:
 *
 * | brist   | categories            | area | reporter         | partners     | month   | solved | escalated |
 * | b1–b6   | kommunikation         | SIP  | Helsingborg (K)  | VUX (R)      | 2025-03 | JA     | no        |
 * | b7, b8  | kommunikation, rutiner| SIP  | Höganäs (K)      | VUX (R)      | 2025-04 | JA     | no        |
 * | b9      | SIP                   | SVU  | VUX (R)          | Helsingborg  | 2025-04 | NEJ    | yes       |
 * | b10     | kommunikation         | SIP  | Helsingborg (K)  | Höganäs (K)  | 2025-05 | JA     | no        |
 *
 * Below 3: rutiner (2), SIP (1); area SVU (1); Höganäs (2) and VUX (1) as reporter, so Helsingborg's 7 shows
 * since 2 + 1 leave nothing to work out; region as reporter (1) and, to protect it, kommun (9) too; May (1), and
 * April (3) to protect it; NEJ (1) and escalated (1), with their complements hidden too. Directions: region →
 * kommun (1) and kommun → kommun (1).
 */
function year() {
  const base = {
    reporterOrganisation: org.helsingborg,
    partnerOrganisations: [org.vux],
    areas: [area.sip],
    solved: "JA" as const,
  };
  return [
    ...["b1", "b2", "b3", "b4", "b5", "b6"].map((id) =>
      statCase(id, { ...base, categories: [cat.kommunikation], eventMonth: "2025-03" }),
    ),
    ...["b7", "b8"].map((id) =>
      statCase(id, {
        ...base,
        categories: [cat.kommunikation, cat.rutiner],
        reporterOrganisation: org.hoganas,
        eventMonth: "2025-04",
      }),
    ),
    statCase("b9", {
      ...base,
      categories: [cat.sip],
      areas: [area.svu],
      reporterOrganisation: org.vux,
      partnerOrganisations: [org.helsingborg],
      eventMonth: "2025-04",
      solved: "NEJ",
      escalated: true,
    }),
    statCase("b10", {
      ...base,
      categories: [cat.kommunikation],
      partnerOrganisations: [org.hoganas],
      eventMonth: "2025-05",
    }),
  ];
}

function published() {
  return publishYearStatistics(computeYearStatistics(2025, year()), { threshold: 3 });
}

/** How many rows of the list show `label` in the column. */
function countIn(list: ListedCase[], column: (c: ListedCase) => string | string[], label: string): number {
  return list.filter((c) => [column(c)].flat().includes(label)).length;
}

/** Every row the breakdown hides: counting the list by its label must never give its count back. */
function expectNoHiddenCellCounted(
  breakdown: PublishedBreakdown,
  list: ListedCase[],
  column: (c: ListedCase) => string | string[],
) {
  const exact = publishYearStatistics(computeYearStatistics(2025, year()), {
    threshold: 3,
    keepSuppressedValues: true,
  });
  for (const row of breakdown.rows.filter((r) => r.count.suppressed)) {
    const value = [exact.categories, exact.areas, exact.reportingOrganisations, exact.months, exact.solved]
      .flatMap((b) => b.rows)
      .find((r) => r.key === row.key)!.count.value;
    expect(value, row.label).toBeGreaterThan(0);
    expect(countIn(list, column, row.label), row.label).toBe(0);
  }
}

describe("listedCases", () => {
  it("writes every value the year's tables hide as one clear label, and the rest as they are", () => {
    const statistics = published();
    const list = listedCases(year(), statistics);
    const b = (id: string) => list.find((c) => c.reference === `BIS-2025-${id}`)!;

    expect(list).toHaveLength(10);
    expect(b("b1")).toEqual({
      reference: "BIS-2025-b1",
      month: "mars 2025",
      monthBasis: "händelsen",
      eventMonth: "mars 2025",
      categories: ["kommunikation"],
      areas: ["SIP"],
      reporterHuvudman: HIDDEN,
      reportingOrganisation: "Helsingborgs stad",
      partnerHuvudman: ["Region"],
      solved: HIDDEN,
      escalated: HIDDEN,
    });
    // rutiner (2) hidden, kommunikation (9) shown; Höganäs (2) hidden.
    expect(b("b7").categories).toEqual(["kommunikation", HIDDEN]);
    expect(b("b7").reportingOrganisation).toBe(HIDDEN);
    // April is hidden to protect May: else May would follow from the year's total.
    expect(b("b7").month).toBe(HIDDEN);
    // The one region report: its category, area, organisation, direction, solved and escalated are all rare.
    expect(b("b9")).toMatchObject({
      categories: [HIDDEN],
      areas: [HIDDEN],
      reporterHuvudman: HIDDEN,
      reportingOrganisation: HIDDEN,
      partnerHuvudman: [HIDDEN],
      solved: HIDDEN,
      escalated: HIDDEN,
    });
    // The one kommun → kommun brist, in the one brist of May.
    expect(b("b10")).toMatchObject({ month: HIDDEN, eventMonth: HIDDEN, partnerHuvudman: [HIDDEN] });
  });

  it("gives back no hidden cell when the list is counted by any column", () => {
    const statistics = published();
    const list = listedCases(year(), statistics);
    expect(statistics.categories.rows.filter((r) => r.count.suppressed).map((r) => r.label)).toEqual([
      "rutiner",
      "SIP",
    ]);
    expectNoHiddenCellCounted(statistics.categories, list, (c) => c.categories);
    expectNoHiddenCellCounted(statistics.areas, list, (c) => c.areas);
    expectNoHiddenCellCounted(statistics.reportingOrganisations, list, (c) => c.reportingOrganisation);
    expectNoHiddenCellCounted(statistics.months, list, (c) => c.month);
    expectNoHiddenCellCounted(statistics.solved, list, (c) => c.solved);
    // Shown cells count back exactly.
    for (const row of statistics.categories.rows.filter((r) => !r.count.suppressed)) {
      expect(
        countIn(list, (c) => c.categories, row.label),
        row.label,
      ).toBe(row.count.value);
    }
    // No pair of huvudmän counts back a hidden direction.
    const pairs = list.filter((c) => c.reporterHuvudman === "Kommun" && c.partnerHuvudman.includes("Kommun"));
    expect(pairs).toHaveLength(0);
  });

  it("hides nothing when no cell is small", () => {
    const many = Array.from({ length: 6 }, (_, i) =>
      statCase(`m${i}`, { categories: [cat.kommunikation], eventMonth: "2025-03", solved: "JA" }),
    );
    const statistics = publishYearStatistics(computeYearStatistics(2025, many), { threshold: 3 });
    const list = listedCases(many, statistics);
    expect(list.flatMap((c) => Object.values(c).flat())).not.toContain(HIDDEN);
  });

  it("names the threshold in force", () => {
    expect(hiddenValueLabel(5)).toBe("Annan (färre än 5)");
  });
});
