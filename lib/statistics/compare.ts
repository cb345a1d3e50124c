import { countBreakdown, shareOf } from "./breakdown";
import { computeYearStatistics } from "./year-statistics";
import { MONTH_NAMES } from "@/lib/dates";
import { OUTSIDE_YEAR_LABEL } from "./labels";
import { AFTER_YEAR_KEY, BEFORE_YEAR_KEY } from "./months";
import type {
  Breakdown,
  ComparisonRow,
  ComparisonTable,
  StatCase,
  StatisticsReference,
  YearComparison,
  YearStatistics,
} from "./types";

export type CasesByYear =
  ReadonlyMap<number, readonly StatCase[]> | Readonly<Record<number, readonly StatCase[]>>;

export interface CompareOptions {
  /** Each year's reference lists (see `StatisticsReference`). */
  references?: Readonly<Record<number, StatisticsReference>>;
}

const collator = new Intl.Collator("sv");
const OUTSIDE_YEAR_KEY = "OUTSIDE";

/** The brister grouped by their `year`, for `compareYears`. */
export function groupByYear(cases: readonly StatCase[]): Map<number, StatCase[]> {
  const byYear = new Map<number, StatCase[]>();
  for (const c of cases) {
    const list = byYear.get(c.year);
    if (list) list.push(c);
    else byYear.set(c.year, [c]);
  }
  return byYear;
}

/**
 * The figures of several years side by side, years ascending. Each brist belongs to one year, so a row's `total`
 * over the years is a plain sum.
 *
 * Rows are matched across years by key: areas and organisations by id, fixed rows (direction, huvudman, solved,
 * escalated) by their key. Root-cause categories are a list per year with their own ids, so they are matched by
 * name (ignoring case and surrounding spaces), labelled as in the latest year that has them. Months are compared
 * by calendar month; events in a month outside the brist's year share the row "Utanför året".
 * A year given with no brister is a column of zeros.
 */
export function compareYears(casesByYear: CasesByYear, options: CompareOptions = {}): YearComparison {
  const entries: [number, readonly StatCase[]][] =
    casesByYear instanceof Map
      ? [...casesByYear.entries()]
      : Object.entries(casesByYear).map(([year, cases]) => [Number(year), cases as readonly StatCase[]]);
  entries.sort((a, b) => a[0] - b[0]);
  for (const [year, cases] of entries) {
    if (!Number.isInteger(year)) throw new RangeError(`Not a year: ${year}`);
    const stray = cases.find((c) => c.year !== year);
    if (stray) throw new RangeError(`Brist ${stray.reference} is from ${stray.year}, given under ${year}`);
  }
  const years = entries.map(([year]) => year);
  const statistics = entries.map(([year, cases]) =>
    computeYearStatistics(year, cases, options.references?.[year]),
  );
  const pick = (get: (s: YearStatistics) => Breakdown) => statistics.map(get);
  // Categories again, keyed by name: each year's list has its own ids.
  const categoriesByName = entries.map(([year, cases]) =>
    countBreakdown(cases, {
      rowsOf: (c) => c.categories.map((cat) => ({ key: categoryKey(cat.name), label: cat.name })),
      seed: options.references?.[year]?.categories?.map((cat) => ({
        key: categoryKey(cat.name),
        label: cat.name,
      })),
      order: "count",
      exclusive: false,
    }),
  );
  return {
    years,
    statistics,
    totals: statistics.map((s) => s.total),
    categories: sideBySide(years, categoriesByName, "count"),
    areas: sideBySide(
      years,
      pick((s) => s.areas),
      "count",
    ),
    directions: sideBySide(
      years,
      pick((s) => s.directions),
      "fixed",
    ),
    reporterHuvudman: sideBySide(
      years,
      pick((s) => s.reporterHuvudman),
      "fixed",
    ),
    reportingOrganisations: sideBySide(
      years,
      pick((s) => s.reportingOrganisations),
      "count",
    ),
    partnerOrganisations: sideBySide(
      years,
      pick((s) => s.partnerOrganisations),
      "count",
    ),
    monthsOfYear: sideBySide(
      years,
      pick((s) => s.months),
      "fixed",
      (row) =>
        row.key === BEFORE_YEAR_KEY || row.key === AFTER_YEAR_KEY ? OUTSIDE_YEAR_KEY : row.key.slice(5),
      (key) => (key === OUTSIDE_YEAR_KEY ? OUTSIDE_YEAR_LABEL : MONTH_NAMES[Number(key) - 1]!),
      [...MONTH_NAMES.map((_, i) => String(i + 1).padStart(2, "0")), OUTSIDE_YEAR_KEY],
    ),
    solved: sideBySide(
      years,
      pick((s) => s.solved),
      "fixed",
    ),
    escalated: sideBySide(
      years,
      pick((s) => s.escalated),
      "fixed",
    ),
    durations: {
      eventToReport: statistics.map((s) => s.durations.eventToReport),
      reportToRegistration: statistics.map((s) => s.durations.reportToRegistration),
      registrationToFirstFeedback: statistics.map((s) => s.durations.registrationToFirstFeedback),
    },
  };
}

function categoryKey(name: string): string {
  return name.trim().toLocaleLowerCase("sv");
}

/**
 * One row per key found in any year. Rows of a year mapped to the same key are added up (only done for rows that
 * are exclusive of each other). "count": most brister over all years first, then by label; "fixed": in the order
 * first met, or `fixedOrder` when given.
 */
function sideBySide(
  years: readonly number[],
  breakdowns: readonly Breakdown[],
  order: "count" | "fixed",
  keyOf: (row: Breakdown["rows"][number]) => string = (row) => row.key,
  labelOf?: (key: string) => string,
  fixedOrder?: readonly string[],
): ComparisonTable {
  const rows = new Map<string, ComparisonRow & { position: number }>();
  breakdowns.forEach((breakdown, yearIndex) => {
    for (const row of breakdown.rows) {
      const key = keyOf(row);
      let entry = rows.get(key);
      if (!entry) {
        entry = {
          key,
          label: labelOf ? labelOf(key) : row.label,
          counts: years.map(() => 0),
          shares: [],
          total: 0,
          position: fixedOrder ? fixedOrder.indexOf(key) : rows.size,
          ...(row.huvudman ? { huvudman: row.huvudman } : {}),
        };
        rows.set(key, entry);
      }
      // The latest year's name wins (the years come in ascending order).
      if (!labelOf) entry.label = row.label;
      entry.counts[yearIndex]! += row.count;
      entry.total += row.count;
    }
  });
  const bases = breakdowns.map((b) => b.base);
  const list = [...rows.values()];
  if (order === "count") list.sort((a, b) => b.total - a.total || collator.compare(a.label, b.label));
  else list.sort((a, b) => a.position - b.position);
  return {
    years: [...years],
    bases,
    grandTotal: bases.reduce((sum, base) => sum + base, 0),
    exclusive: breakdowns.every((b) => b.exclusive),
    rows: list.map((row) => ({
      key: row.key,
      label: row.label,
      counts: row.counts,
      shares: row.counts.map((count, i) => shareOf(count, bases[i]!)),
      total: row.total,
      ...(row.huvudman ? { huvudman: row.huvudman } : {}),
    })),
  };
}
