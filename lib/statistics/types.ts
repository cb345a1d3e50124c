/**
 * The statistics' input and output: plain data only, shared by the statistics page and the .docx and .xlsx
 * exports. One `StatCase` per anonymised brist, holding nothing that identifies a person: no free text, no exact
 * dates (months and day counts only), no reporter.
 */

export type Huvudman = "KOMMUN" | "REGION" | "OVRIG";
export type SolvedState = "JA" | "DELVIS" | "NEJ";

export interface NamedRef {
  id: string;
  name: string;
}

export interface OrganisationRef extends NamedRef {
  huvudman: Huvudman;
}

export interface StatCase {
  id: string;
  reference: string;
  /** The year the brist belongs to (the year of the annual report it is reviewed in). */
  year: number;
  /** "2026-03", or null when the event month is unknown or withheld. */
  eventMonth: string | null;
  /** "2026-04". */
  submittedMonth: string;
  /** Root-cause categories of that year's list; a brist may have several. */
  categories: NamedRef[];
  areas: NamedRef[];
  /** Null when the reporting organisation is withheld (a small kommun with a rare area can identify someone). */
  reporterOrganisation: OrganisationRef | null;
  /** Kept even when the organisation is withheld; falls back to `reporterOrganisation.huvudman` when null. */
  reporterHuvudman: Huvudman | null;
  partnerOrganisations: OrganisationRef[];
  /**
   * Huvudman of partners that are not in `partnerOrganisations` (named only in free text, or withheld). The
   * direction statistics use the distinct huvudmän of both lists; repeating one already given is harmless.
   */
  partnerHuvudman: Huvudman[];
  solved: SolvedState | null;
  escalated: boolean;
  daysEventToReport: number | null;
  daysReportToRegistration: number | null;
  daysRegistrationToFirstFeedback: number | null;
}

/**
 * Who reported about whom, from the huvudman of the reporting organisation and of a partner organisation:
 * KOMMUN_REGION is a kommun reporting a brist in its collaboration with the region. OVRIG: an övrig aktör is
 * involved on either side. UNKNOWN: the brist has no direction that can be told (see `directionsOf`).
 */
export type Direction =
  "KOMMUN_REGION" | "REGION_KOMMUN" | "KOMMUN_KOMMUN" | "REGION_REGION" | "OVRIG" | "UNKNOWN";

export interface CountRow {
  key: string;
  label: string;
  /** Number of brister in this row. */
  count: number;
  /** `count` of the breakdown's `base` (0–1); null when the base is 0. */
  share: number | null;
  /** For organisation rows: the organisation's huvudman. */
  huvudman?: Huvudman;
}

export interface Breakdown {
  /** The number of brister the shares are of: every brist of the year. */
  base: number;
  /**
   * True when each brist is in exactly one row, so the counts add up to `base` (a row such as "Okänt" or
   * "Uppgift undanhållen" takes the rest). False when a brist counts once in each of its rows, so the counts can
   * add up to more than `base` and the shares to more than 100 %.
   */
  exclusive: boolean;
  rows: CountRow[];
  /** Only when not exclusive: brister in no row at all (e.g. no category set yet). */
  notStated?: number;
}

export interface RankedRow extends CountRow {
  /** Standard competition ranking: 1, 2, 2, 4. */
  rank: number;
  /** Shares its count with another row. */
  tied: boolean;
}

export interface TopRanking {
  /** How many places were asked for (3 for "the three most common"). */
  places: number;
  /** The most common rows; more than `places` when the last place is tied (every tied row is included). */
  rows: RankedRow[];
  /** True when rows were added because the last place is tied, i.e. `rows.length > places`. */
  tiedAtCutoff: boolean;
}

export interface DurationSummary {
  /** The median number of days (the mean of the middle two when the count is even); null when no values. */
  median: number | null;
  /** How many brister have a value. */
  count: number;
}

export interface Durations {
  eventToReport: DurationSummary;
  reportToRegistration: DurationSummary;
  registrationToFirstFeedback: DurationSummary;
}

export interface MonthBreakdown extends Breakdown {
  /** How many brister were placed by their event month, and how many by the month they were submitted. */
  basis: { eventMonth: number; submittedMonth: number };
}

export interface YearStatistics {
  year: number;
  /** Number of brister. */
  total: number;
  categories: Breakdown;
  topCategories: TopRanking;
  areas: Breakdown;
  directions: Breakdown;
  reporterHuvudman: Breakdown;
  reportingOrganisations: Breakdown;
  partnerOrganisations: Breakdown;
  months: MonthBreakdown;
  solved: Breakdown;
  escalated: Breakdown;
  durations: Durations;
}

/**
 * Reference lists for a year: listed items get a row even when no brist has them (a count of 0), and their order
 * breaks ties between equal counts. Items not listed still get a row when a brist has them.
 */
export interface StatisticsReference {
  categories?: readonly NamedRef[];
  areas?: readonly NamedRef[];
  organisations?: readonly OrganisationRef[];
}

export interface ComparisonRow {
  key: string;
  label: string;
  /** One count per year, in the order of `ComparisonTable.years`. */
  counts: number[];
  /** One share per year (of that year's number of brister); null for a year without brister. */
  shares: (number | null)[];
  /** The sum over the years (each brist belongs to one year). */
  total: number;
  huvudman?: Huvudman;
}

export interface ComparisonTable {
  years: number[];
  /** The number of brister per year, in the order of `years`. */
  bases: number[];
  /** The number of brister over all the years. */
  grandTotal: number;
  /** As in `Breakdown`: true when each brist is in exactly one row. */
  exclusive: boolean;
  rows: ComparisonRow[];
}

export interface YearComparison {
  /** Ascending. */
  years: number[];
  /** Each year's statistics, in the order of `years`. */
  statistics: YearStatistics[];
  /** The number of brister per year. */
  totals: number[];
  categories: ComparisonTable;
  areas: ComparisonTable;
  directions: ComparisonTable;
  reporterHuvudman: ComparisonTable;
  reportingOrganisations: ComparisonTable;
  partnerOrganisations: ComparisonTable;
  /** By calendar month (januari … december), with a row for months outside the brist's year when there are any. */
  monthsOfYear: ComparisonTable;
  solved: ComparisonTable;
  escalated: ComparisonTable;
  /** One summary per year, in the order of `years`. */
  durations: {
    eventToReport: DurationSummary[];
    reportToRegistration: DurationSummary[];
    registrationToFirstFeedback: DurationSummary[];
  };
}
