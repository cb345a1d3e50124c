/**
 * The statistics as they may be shown or exported: every count through small-cell suppression (see
 * `./suppression`), shares and medians hidden with the counts they rest on. By default the exact value of a
 * hidden cell is removed (`value: null`), which is what the arbetsgrupp gets; coordinators pass
 * `keepSuppressedValues` to see the exact numbers next to what the arbetsgrupp sees.
 */
import { formatDays, formatShare } from "./format";
import { suppressionNote } from "./labels";
import {
  DEFAULT_THRESHOLD,
  SECONDARY_DISPLAY,
  suppressCount,
  suppressList,
  suppressTable,
  type SuppressedCell,
  type SuppressionOptions,
  type SuppressionReason,
} from "./suppression";
import type {
  Breakdown,
  ComparisonTable,
  CountRow,
  DurationSummary,
  Huvudman,
  MonthBreakdown,
  YearStatistics,
} from "./types";

export interface PublishOptions extends SuppressionOptions {
  /** Keep the exact value of hidden cells (for coordinators). Default false: `value` is null when suppressed. */
  keepSuppressedValues?: boolean;
}

export interface PublishedCell {
  /** The exact figure; null when suppressed, unless `keepSuppressedValues`. */
  value: number | null;
  /** What may be shown: "12", "34 %", "<3" or "–". */
  display: string;
  suppressed: boolean;
  reason?: SuppressionReason;
}

export interface PublishedRow {
  key: string;
  label: string;
  huvudman?: Huvudman;
  count: PublishedCell;
  /** The share of the year's brister; suppressed whenever the count is. */
  share: PublishedCell;
}

export interface PublishedBreakdown {
  /** The number of brister the shares are of. */
  base: PublishedCell;
  exclusive: boolean;
  rows: PublishedRow[];
  /** Brister in no row (only for breakdowns that are not exclusive). */
  notStated: PublishedCell | null;
  hasSuppressed: boolean;
  /** False when even hiding whole rows could not protect a count (see `SuppressedTable`): every count is "–". */
  fullyProtected: boolean;
}

export interface PublishedMonthBreakdown extends PublishedBreakdown {
  basis: { eventMonth: PublishedCell; submittedMonth: PublishedCell };
}

export interface PublishedRankedRow extends PublishedRow {
  rank: number;
  tied: boolean;
}

export interface PublishedDuration {
  /** Null when there are no values, or when suppressed and the values are removed. */
  median: number | null;
  /** "4,5", or "–" when there are no values or fewer than the threshold (a median of one or two brister is theirs). */
  display: string;
  count: PublishedCell;
  suppressed: boolean;
}

export interface PublishedYearStatistics {
  year: number;
  threshold: number;
  total: PublishedCell;
  categories: PublishedBreakdown;
  topCategories: { places: number; tiedAtCutoff: boolean; rows: PublishedRankedRow[] };
  areas: PublishedBreakdown;
  directions: PublishedBreakdown;
  reporterHuvudman: PublishedBreakdown;
  reportingOrganisations: PublishedBreakdown;
  partnerOrganisations: PublishedBreakdown;
  months: PublishedMonthBreakdown;
  solved: PublishedBreakdown;
  escalated: PublishedBreakdown;
  durations: {
    eventToReport: PublishedDuration;
    reportToRegistration: PublishedDuration;
    registrationToFirstFeedback: PublishedDuration;
  };
  hasSuppressed: boolean;
  /** The explanation of "<3" and "–" to print under the figures; null when nothing is suppressed. */
  note: string | null;
}

export interface PublishedComparisonRow {
  key: string;
  label: string;
  huvudman?: Huvudman;
  /** One per year. */
  counts: PublishedCell[];
  shares: PublishedCell[];
  /** Over all the years. */
  total: PublishedCell;
}

export interface PublishedComparison {
  years: number[];
  /** The number of brister per year. */
  bases: PublishedCell[];
  grandTotal: PublishedCell;
  exclusive: boolean;
  rows: PublishedComparisonRow[];
  hasSuppressed: boolean;
  /** As in `PublishedBreakdown`: false means every count is "–". */
  fullyProtected: boolean;
  note: string | null;
}

/** A suppressed count as it may be published. */
export function publishCell(cell: SuppressedCell, options: PublishOptions = {}): PublishedCell {
  const value = cell.suppressed && !options.keepSuppressedValues ? null : cell.value;
  return cell.reason
    ? { value, display: cell.display, suppressed: cell.suppressed, reason: cell.reason }
    : { value, display: cell.display, suppressed: cell.suppressed };
}

/** The share that goes with a published count: hidden ("–") when the count is. */
export function publishShare(
  share: number | null,
  count: PublishedCell,
  options: PublishOptions = {},
): PublishedCell {
  if (!count.suppressed) return { value: share, display: formatShare(share), suppressed: false };
  return {
    value: options.keepSuppressedValues ? share : null,
    display: SECONDARY_DISPLAY,
    suppressed: true,
    ...(count.reason ? { reason: count.reason } : {}),
  };
}

/**
 * One breakdown with suppression. An exclusive breakdown's counts add up to the number of brister, which is
 * published anyway, so secondary suppression hides counts, never that total. A breakdown in which a brist counts
 * in several rows only hides counts below the threshold: no count follows from the total.
 */
export function publishBreakdown(breakdown: Breakdown, options: PublishOptions = {}): PublishedBreakdown {
  const counts = breakdown.rows.map((row) => row.count);
  const suppressed = suppressList(counts, {
    threshold: options.threshold,
    suppressZero: options.suppressZero,
    total: breakdown.base,
    additive: breakdown.exclusive,
    keepTotalVisible: true,
  });
  const notStated =
    breakdown.notStated === undefined
      ? null
      : publishCell(suppressCount(breakdown.notStated, suppressionOnly(options)), options);
  const rows = breakdown.rows.map((row, i) =>
    publishRow(row, withheldUnlessProtected(suppressed.cells[i]!, suppressed.fullyProtected), options),
  );
  return {
    base: publishCell(suppressed.total!, options),
    exclusive: breakdown.exclusive,
    rows,
    notStated,
    hasSuppressed: suppressed.hasSuppressed || (notStated?.suppressed ?? false),
    fullyProtected: suppressed.fullyProtected,
  };
}

function publishRow(row: CountRow, cell: SuppressedCell, options: PublishOptions): PublishedRow {
  const count = publishCell(cell, options);
  return {
    key: row.key,
    label: row.label,
    ...(row.huvudman ? { huvudman: row.huvudman } : {}),
    count,
    share: publishShare(row.share, count, options),
  };
}

function publishMonths(months: MonthBreakdown, options: PublishOptions): PublishedMonthBreakdown {
  const basis = suppressList([months.basis.eventMonth, months.basis.submittedMonth], {
    ...suppressionOnly(options),
    total: months.base,
    keepTotalVisible: true,
  });
  return {
    ...publishBreakdown(months, options),
    basis: {
      eventMonth: publishCell(basis.cells[0]!, options),
      submittedMonth: publishCell(basis.cells[1]!, options),
    },
  };
}

/** A median, hidden when fewer brister than the threshold have a value. */
export function publishDuration(duration: DurationSummary, options: PublishOptions = {}): PublishedDuration {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const count = publishCell(suppressCount(duration.count, suppressionOnly(options)), options);
  const suppressed = duration.count > 0 && duration.count < threshold;
  if (!suppressed)
    return { median: duration.median, display: formatDays(duration.median), count, suppressed };
  return {
    median: options.keepSuppressedValues ? duration.median : null,
    display: SECONDARY_DISPLAY,
    count,
    suppressed,
  };
}

/** All of a year's figures as they may be shown or exported. */
export function publishYearStatistics(
  statistics: YearStatistics,
  options: PublishOptions = {},
): PublishedYearStatistics {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const categories = publishBreakdown(statistics.categories, options);
  const byKey = new Map(categories.rows.map((row) => [row.key, row]));
  const published = {
    year: statistics.year,
    threshold,
    total: publishCell(suppressCount(statistics.total, suppressionOnly(options)), options),
    categories,
    topCategories: {
      places: statistics.topCategories.places,
      tiedAtCutoff: statistics.topCategories.tiedAtCutoff,
      rows: statistics.topCategories.rows.map((row) => ({
        ...byKey.get(row.key)!,
        rank: row.rank,
        tied: row.tied,
      })),
    },
    areas: publishBreakdown(statistics.areas, options),
    directions: publishBreakdown(statistics.directions, options),
    reporterHuvudman: publishBreakdown(statistics.reporterHuvudman, options),
    reportingOrganisations: publishBreakdown(statistics.reportingOrganisations, options),
    partnerOrganisations: publishBreakdown(statistics.partnerOrganisations, options),
    months: publishMonths(statistics.months, options),
    solved: publishBreakdown(statistics.solved, options),
    escalated: publishBreakdown(statistics.escalated, options),
    durations: {
      eventToReport: publishDuration(statistics.durations.eventToReport, options),
      reportToRegistration: publishDuration(statistics.durations.reportToRegistration, options),
      registrationToFirstFeedback: publishDuration(statistics.durations.registrationToFirstFeedback, options),
    },
  };
  const hasSuppressed =
    published.total.suppressed ||
    published.months.basis.eventMonth.suppressed ||
    published.months.basis.submittedMonth.suppressed ||
    [
      published.categories,
      published.areas,
      published.directions,
      published.reporterHuvudman,
      published.reportingOrganisations,
      published.partnerOrganisations,
      published.months,
      published.solved,
      published.escalated,
    ].some((b) => b.hasSuppressed) ||
    Object.values(published.durations).some((d) => d.suppressed || d.count.suppressed);
  return { ...published, hasSuppressed, note: hasSuppressed ? suppressionNote(threshold) : null };
}

/**
 * A comparison table (rows × years) with suppression per row (a row's counts add up to its total over the
 * years) and, for an exclusive table, per year (the counts add up to the year's number of brister). The numbers
 * of brister per year are published anyway, so they are never hidden to protect a cell; the grand total can be
 * (a year with fewer brister than the threshold would otherwise follow from it).
 */
export function publishComparison(table: ComparisonTable, options: PublishOptions = {}): PublishedComparison {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const suppressed = suppressTable(
    {
      cells: table.rows.map((row) => row.counts),
      rowTotals: table.rows.map((row) => row.total),
      columnTotals: table.bases,
      grandTotal: table.grandTotal,
    },
    {
      ...suppressionOnly(options),
      rowsAdditive: true,
      columnsAdditive: table.exclusive,
      keepVisible: { columnTotals: true },
    },
  );
  const rows = table.rows.map((row, r): PublishedComparisonRow => {
    const counts = suppressed.cells[r]!.map((cell) =>
      publishCell(withheldUnlessProtected(cell, suppressed.fullyProtected), options),
    );
    return {
      key: row.key,
      label: row.label,
      ...(row.huvudman ? { huvudman: row.huvudman } : {}),
      counts,
      shares: row.shares.map((share, y) => publishShare(share, counts[y]!, options)),
      total: publishCell(suppressed.rowTotals![r]!, options),
    };
  });
  return {
    years: [...table.years],
    bases: suppressed.columnTotals!.map((cell) => publishCell(cell, options)),
    grandTotal: publishCell(suppressed.grandTotal!, options),
    exclusive: table.exclusive,
    rows,
    hasSuppressed: suppressed.hasSuppressed,
    fullyProtected: suppressed.fullyProtected,
    note: suppressed.hasSuppressed ? suppressionNote(threshold) : null,
  };
}

/** A cell of a table that could not be protected: hidden like the rest of it. */
function withheldUnlessProtected(cell: SuppressedCell, fullyProtected: boolean): SuppressedCell {
  if (fullyProtected || (cell.suppressed && cell.display === SECONDARY_DISPLAY)) return cell;
  return {
    value: cell.value,
    display: SECONDARY_DISPLAY,
    suppressed: true,
    reason: cell.reason ?? "secondary",
  };
}

function suppressionOnly(options: PublishOptions): SuppressionOptions {
  return { threshold: options.threshold, suppressZero: options.suppressZero };
}
