/**
 * A year's statistics beside earlier years, as the statistics page, the .xlsx and the .csv show them: one pure
 * function, so the page and the files carry the same figures.
 *
 * Each year is published on its own (`publishYearStatistics`), and an earlier year's column is exactly what that
 * year's own page shows. There is deliberately no total over the years: with one, a count hidden in one year
 * could be worked out from a count shown on another year's page (a row total of 7 beside a 2026 count of 5 shown
 * elsewhere gives away a 2025 "<3"). Rows are matched across years by key; root-cause categories, a list per
 * year, by name; months by calendar month.
 */
import { formatDays, formatShare } from "./format";
import { MONTH_NAMES } from "@/lib/dates";
import { suppressionNote } from "./labels";
import { AFTER_YEAR_KEY, BEFORE_YEAR_KEY } from "./months";
import {
  publishYearStatistics,
  type PublishedBreakdown,
  type PublishedCell,
  type PublishedDuration,
  type PublishedRow,
  type PublishedYearStatistics,
} from "./publish";
import { DEFAULT_THRESHOLD } from "./suppression";
import type { Huvudman, StatCase, StatisticsReference } from "./types";
import { computeYearStatistics } from "./year-statistics";

export const BREAKDOWN_KEYS = [
  "categories",
  "areas",
  "directions",
  "reporterHuvudman",
  "reportingOrganisations",
  "partnerOrganisations",
  "months",
  "solved",
  "escalated",
] as const;
export type BreakdownKey = (typeof BREAKDOWN_KEYS)[number];

export interface BreakdownText {
  /** "Bakomliggande orsaker": the heading, followed by the year where one year is meant. */
  title: string;
  /** Header of the label column. */
  labelHeader: string;
  /** The worksheet's name (at most 31 characters). */
  sheetName: string;
  /** What a row means, said under the heading. */
  lead: string;
  /** The label of the row of brister in no row (breakdowns in which a brist can be in several rows). */
  notStatedLabel?: string;
}

export const BREAKDOWN_TEXTS: Record<BreakdownKey, BreakdownText> = {
  categories: {
    title: "Bakomliggande orsaker",
    labelHeader: "Orsak",
    sheetName: "Orsaker",
    lead: "Arbetsgruppens kategorier när bristen är genomgången, annars samordnarnas.",
    notStatedLabel: "Ingen orsak angiven",
  },
  areas: {
    title: "Områden",
    labelHeader: "Område",
    sheetName: "Områden",
    lead: "Det område bristen gällde.",
    notStatedLabel: "Inget område angivet",
  },
  directions: {
    title: "Riktning",
    labelHeader: "Riktning",
    sheetName: "Riktning",
    lead: "Vem som rapporterade om vem: kommun till region är en kommun som rapporterat en brist i samverkan med regionen.",
  },
  reporterHuvudman: {
    title: "Rapporterande huvudman",
    labelHeader: "Huvudman",
    sheetName: "Rapporterande huvudman",
    lead: "Huvudmannen för den verksamhet som rapporterade.",
  },
  reportingOrganisations: {
    title: "Rapporterande organisation",
    labelHeader: "Organisation",
    sheetName: "Rapporterande organisation",
    lead: "Organisationen som rapporterade. Den kan vara undanhållen när den tillsammans med annat kan peka ut en person.",
  },
  partnerOrganisations: {
    title: "Samverkanspartens organisation",
    labelHeader: "Organisation",
    sheetName: "Samverkanspartens organisation",
    lead: "Den organisation samverkan brast med, när den valdes i listan.",
    notStatedLabel: "Ingen organisation vald",
  },
  months: {
    title: "Månad",
    labelHeader: "Månad",
    sheetName: "Månad",
    lead: "Månaden då händelsen inträffade, eller då bristen kom in när händelsens månad inte är känd.",
  },
  solved: {
    title: "Löst",
    labelHeader: "Löst",
    sheetName: "Löst",
    lead: "Om situationen för den enskilde blev löst, enligt rapporten.",
  },
  escalated: {
    title: "Eskalerade",
    labelHeader: "Eskalerad",
    sheetName: "Eskalerade",
    lead: "Om bristen behövde lyftas vidare.",
  },
};

export const DURATION_KEYS = [
  "eventToReport",
  "reportToRegistration",
  "registrationToFirstFeedback",
] as const;
export type DurationKey = (typeof DURATION_KEYS)[number];

export const DURATION_LABELS: Record<DurationKey, string> = {
  eventToReport: "Från händelse till rapport",
  reportToRegistration: "Från rapport till registrering",
  registrationToFirstFeedback: "Från registrering till första återkoppling",
};

/** Said wherever a brist can count in several rows. */
export const MULTIPLE_ROWS_NOTE =
  "En brist kan räknas i flera rader. Andelarna är av årets alla brister och blir därför tillsammans mer än 100 %.";

export interface StatisticsInput {
  /** The year shown. */
  year: number;
  /** The brister of `year` and of the earlier years to compare with; brister of other years are ignored. */
  cases: readonly StatCase[];
  /** Earlier years to show beside it; default none. */
  previousYears?: readonly number[];
  /** Each year's reference lists (rows shown with 0), see `StatisticsReference`. */
  references?: Readonly<Record<number, StatisticsReference>>;
  /** The suppression threshold; default 3. */
  threshold?: number;
}

export interface ViewOptions {
  /** Coordinators: keep the exact value of hidden cells (each still says it is hidden). Default false. */
  keepSuppressedValues?: boolean;
}

export interface AlignedRow {
  key: string;
  label: string;
  huvudman?: Huvudman;
  /**
   * One per year of `StatisticsView.years`: the row as that year's statistics publish it, or a count of 0 for a
   * year without the row.
   */
  cells: PublishedRow[];
  /** Per year: whether that year's own breakdown has the row. */
  inYear: boolean[];
}

export interface AlignedBreakdown {
  key: BreakdownKey;
  /** Each brist in exactly one row (the counts add up to the number of brister). */
  exclusive: boolean;
  rows: AlignedRow[];
  /** Per year: brister in no row (only when not exclusive). */
  notStated: (PublishedCell | null)[];
  /** Per year: some cell is hidden. */
  hasSuppressed: boolean[];
}

export interface StatisticsView {
  year: number;
  /** Ascending; the last is `year`. */
  years: number[];
  threshold: number;
  /** Hidden cells keep their exact value (a coordinator's view). */
  exact: boolean;
  /** Each year's published statistics, in the order of `years`. */
  published: PublishedYearStatistics[];
  /** The shown year's. */
  current: PublishedYearStatistics;
  breakdowns: Record<BreakdownKey, AlignedBreakdown>;
  hasSuppressed: boolean;
  /** The explanation of "<3" and "–", when anything is hidden. */
  note: string | null;
}

/** The figures of `input.year` and the earlier years, each year suppressed on its own. */
export function statisticsView(input: StatisticsInput, options: ViewOptions = {}): StatisticsView {
  const threshold = input.threshold ?? DEFAULT_THRESHOLD;
  const years = [...new Set([...(input.previousYears ?? []).filter((y) => y < input.year), input.year])].sort(
    (a, b) => a - b,
  );
  const published = years.map((year) =>
    publishYearStatistics(computeYearStatistics(year, input.cases, input.references?.[year]), {
      threshold,
      keepSuppressedValues: options.keepSuppressedValues ?? false,
    }),
  );
  const breakdowns = Object.fromEntries(
    BREAKDOWN_KEYS.map((key) => [
      key,
      align(
        key,
        published.map((p) => p[key]),
      ),
    ]),
  ) as Record<BreakdownKey, AlignedBreakdown>;
  const hasSuppressed = published.some((p) => p.hasSuppressed);
  return {
    year: input.year,
    years,
    threshold,
    exact: options.keepSuppressedValues ?? false,
    published,
    current: published.at(-1)!,
    breakdowns,
    hasSuppressed,
    note: hasSuppressed ? suppressionNote(threshold) : null,
  };
}

/** The rows of one breakdown across the years: the shown year's rows in its order, then rows only earlier. */
function align(key: BreakdownKey, perYear: readonly PublishedBreakdown[]): AlignedBreakdown {
  const last = perYear.length - 1;
  const rows = new Map<string, AlignedRow>();
  const order: string[] = [];
  for (let y = last; y >= 0; y--) {
    const earlier: string[] = [];
    for (const row of perYear[y]!.rows) {
      const alignKey = alignmentKey(key, row.key, row.label);
      let entry = rows.get(alignKey);
      if (!entry) {
        entry = {
          key: alignKey,
          label: alignedLabel(key, row.key, row.label),
          ...(row.huvudman ? { huvudman: row.huvudman } : {}),
          cells: perYear.map((b) => zeroRow(row, b.base)),
          inYear: perYear.map(() => false),
        };
        rows.set(alignKey, entry);
        (y === last ? order : earlier).push(alignKey);
      }
      if (entry.inYear[y]) continue; // two rows of a year under one key: cannot happen for these keys
      entry.cells[y] = row;
      entry.inYear[y] = true;
    }
    order.push(...earlier);
  }
  return {
    key,
    exclusive: perYear.every((b) => b.exclusive),
    rows: order.map((k) => rows.get(k)!),
    notStated: perYear.map((b) => b.notStated),
    hasSuppressed: perYear.map((b) => b.hasSuppressed),
  };
}

function alignmentKey(key: BreakdownKey, rowKey: string, label: string): string {
  if (key === "categories") return `name:${label.trim().toLocaleLowerCase("sv")}`;
  if (key === "months" && rowKey !== BEFORE_YEAR_KEY && rowKey !== AFTER_YEAR_KEY) return rowKey.slice(5);
  return rowKey;
}

function alignedLabel(key: BreakdownKey, rowKey: string, label: string): string {
  if (key !== "months") return label;
  if (rowKey === BEFORE_YEAR_KEY) return "Före året";
  if (rowKey === AFTER_YEAR_KEY) return "Efter året";
  const name = MONTH_NAMES[Number(rowKey.slice(5)) - 1]!;
  return name.charAt(0).toLocaleUpperCase("sv") + name.slice(1);
}

/** The row a year without it has: a count of 0, which hides nothing. */
function zeroRow(row: PublishedRow, base: PublishedCell): PublishedRow {
  const baseValue = base.value ?? 0;
  const share = baseValue > 0 ? 0 : null;
  return {
    key: row.key,
    label: row.label,
    ...(row.huvudman ? { huvudman: row.huvudman } : {}),
    count: { value: 0, display: "0", suppressed: false },
    share: { value: share, display: formatShare(share), suppressed: false },
  };
}

/**
 * What marks a hidden cell for a coordinator, who sees its exact value: "(visas som <3 för arbetsgruppen)". Null for
 * a cell that is not hidden, or whose value was removed (the arbetsgrupp's view).
 */
export function hiddenMarker(
  cell: { suppressed: boolean; display: string },
  value: number | null,
): string | null {
  return cell.suppressed && value !== null ? `(visas som ${cell.display} för arbetsgruppen)` : null;
}

/**
 * A cell as a coordinator reads it: the exact figure and, when hidden, what the arbetsgrupp sees instead. For the
 * arbetsgrupp (value removed) and for cells not hidden, just the display.
 */
export function exactCellText(cell: PublishedCell, kind: "count" | "share" = "count"): string {
  const marker = hiddenMarker(cell, cell.value);
  if (marker === null) return cell.display;
  const exact = kind === "share" ? formatShare(cell.value) : String(cell.value);
  return `${exact} ${marker}`;
}

/** A median as a coordinator reads it (see `exactCellText`). */
export function exactDurationText(duration: PublishedDuration): string {
  const marker = hiddenMarker(duration, duration.median);
  if (marker === null) return duration.display;
  return `${formatDays(duration.median)} ${marker}`;
}
