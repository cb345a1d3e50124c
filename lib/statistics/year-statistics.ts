import { countBreakdown, topRanked, type RowSpec } from "./breakdown";
import { directionsOf, reporterHuvudmanOf } from "./direction";
import {
  DIRECTION_LABELS,
  DIRECTION_ORDER,
  ESCALATED_KEY,
  ESCALATED_LABEL,
  HUVUDMAN_LABELS,
  NOT_ESCALATED_KEY,
  NOT_ESCALATED_LABEL,
  SOLVED_LABELS,
  SOLVED_ORDER,
  UNKNOWN_HUVUDMAN_LABEL,
  UNKNOWN_KEY,
  WITHHELD_KEY,
  WITHHELD_ORGANISATION_LABEL,
} from "./labels";
import { summariseDurations } from "./median";
import { AFTER_YEAR_KEY, BEFORE_YEAR_KEY, monthRowOf, statisticsMonthOf } from "./months";
import type {
  Breakdown,
  Huvudman,
  MonthBreakdown,
  StatCase,
  StatisticsReference,
  YearStatistics,
} from "./types";

const HUVUDMAN_ORDER: readonly Huvudman[] = ["KOMMUN", "REGION", "OVRIG"];

/** The number of most common categories the annual report describes. */
export const TOP_PLACES = 3;

/**
 * Every figure of one year, from the brister whose `year` is `year` (others in `cases` are ignored, so all
 * anonymised brister can be passed at once).
 *
 * - categories, areas and partner organisations: a brist counts once in each of its rows, so the counts can add
 *   up to more than the number of brister and the shares (of the number of brister) to more than 100 %; brister with
 *   none are `notStated`. Most common first.
 * - topCategories: the three most common categories, more when the third place is tied (see `topRanked`).
 * - directions: see `directionsOf`; a brist counts once per distinct direction.
 * - reporterHuvudman, reportingOrganisations, months, solved, escalated: each brist in exactly one row (an
 *   "Okänd huvudman", "Uppgift undanhållen" or "Okänt" row takes the rest), so the counts add up to the number of
 *   brister.
 * - months: by event month when known, else by submitted month (see `statisticsMonthOf`); all twelve months of the
 *   year, plus one row for earlier months and one for later months when any brist falls there.
 * - durations: medians of the three day measures, ignoring brister without a value.
 */
export function computeYearStatistics(
  year: number,
  cases: readonly StatCase[],
  reference: StatisticsReference = {},
): YearStatistics {
  const ofYear = cases.filter((c) => c.year === year);
  const categories = countBreakdown(ofYear, {
    rowsOf: (c) => c.categories.map(named),
    seed: reference.categories?.map(named),
    order: "count",
    exclusive: false,
  });
  return {
    year,
    total: ofYear.length,
    categories,
    topCategories: topRanked(categories.rows, TOP_PLACES),
    areas: countBreakdown(ofYear, {
      rowsOf: (c) => c.areas.map(named),
      seed: reference.areas?.map(named),
      order: "count",
      exclusive: false,
    }),
    directions: countBreakdown(ofYear, {
      rowsOf: (c) => directionsOf(c).map((d) => ({ key: d, label: DIRECTION_LABELS[d] })),
      seed: DIRECTION_ORDER.map((d) => ({ key: d, label: DIRECTION_LABELS[d] })),
      order: "fixed",
      exclusive: false,
    }),
    reporterHuvudman: countBreakdown(ofYear, {
      rowsOf: (c) => [huvudmanRow(reporterHuvudmanOf(c))],
      seed: [...HUVUDMAN_ORDER, null].map(huvudmanRow),
      order: "fixed",
      exclusive: true,
    }),
    reportingOrganisations: withheldLast(
      countBreakdown(ofYear, {
        rowsOf: (c) => [c.reporterOrganisation ? organisation(c.reporterOrganisation) : withheldOrganisation],
        seed: reference.organisations?.map(organisation),
        order: "count",
        exclusive: true,
      }),
    ),
    partnerOrganisations: countBreakdown(ofYear, {
      rowsOf: (c) => c.partnerOrganisations.map(organisation),
      seed: reference.organisations?.map(organisation),
      order: "count",
      exclusive: false,
    }),
    months: monthBreakdown(year, ofYear),
    solved: countBreakdown(ofYear, {
      rowsOf: (c) => [solvedRow(c.solved ?? UNKNOWN_KEY)],
      seed: SOLVED_ORDER.map(solvedRow),
      order: "fixed",
      exclusive: true,
    }),
    escalated: countBreakdown(ofYear, {
      rowsOf: (c) => [c.escalated ? escalatedRow : notEscalatedRow],
      seed: [escalatedRow, notEscalatedRow],
      order: "fixed",
      exclusive: true,
    }),
    durations: {
      eventToReport: summariseDurations(ofYear.map((c) => c.daysEventToReport)),
      reportToRegistration: summariseDurations(ofYear.map((c) => c.daysReportToRegistration)),
      registrationToFirstFeedback: summariseDurations(ofYear.map((c) => c.daysRegistrationToFirstFeedback)),
    },
  };
}

function monthBreakdown(year: number, cases: readonly StatCase[]): MonthBreakdown {
  const basis = { eventMonth: 0, submittedMonth: 0 };
  const rowOf = new Map<StatCase, RowSpec>();
  for (const c of cases) {
    const { month, basis: counted } = statisticsMonthOf(c);
    basis[counted] += 1;
    rowOf.set(c, monthRowOf(year, month));
  }
  const inYear = Array.from({ length: 12 }, (_, i) => monthRowOf(year, { year, month: i + 1 }));
  const before = monthRowOf(year, { year: year - 1, month: 12 });
  const after = monthRowOf(year, { year: year + 1, month: 1 });
  const breakdown = countBreakdown(cases, {
    rowsOf: (c) => [rowOf.get(c)!],
    seed: [before, ...inYear, after],
    order: "fixed",
    exclusive: true,
  });
  // The rows for months outside the year only when a brist is in them.
  const rows = breakdown.rows.filter(
    (r) => r.count > 0 || (r.key !== BEFORE_YEAR_KEY && r.key !== AFTER_YEAR_KEY),
  );
  return { ...breakdown, rows, basis };
}

/** "Uppgift undanhållen" after the organisations, whatever its count. */
function withheldLast<B extends Breakdown>(breakdown: B): B {
  const rows = [
    ...breakdown.rows.filter((r) => r.key !== WITHHELD_KEY),
    ...breakdown.rows.filter((r) => r.key === WITHHELD_KEY),
  ];
  return { ...breakdown, rows };
}

function named(ref: { id: string; name: string }): RowSpec {
  return { key: ref.id, label: ref.name };
}

function organisation(ref: { id: string; name: string; huvudman: Huvudman }): RowSpec {
  return { key: ref.id, label: ref.name, huvudman: ref.huvudman };
}

const withheldOrganisation: RowSpec = { key: WITHHELD_KEY, label: WITHHELD_ORGANISATION_LABEL };
const escalatedRow: RowSpec = { key: ESCALATED_KEY, label: ESCALATED_LABEL };
const notEscalatedRow: RowSpec = { key: NOT_ESCALATED_KEY, label: NOT_ESCALATED_LABEL };

function huvudmanRow(huvudman: Huvudman | null): RowSpec {
  return huvudman
    ? { key: huvudman, label: HUVUDMAN_LABELS[huvudman] }
    : { key: UNKNOWN_KEY, label: UNKNOWN_HUVUDMAN_LABEL };
}

function solvedRow(state: (typeof SOLVED_ORDER)[number]): RowSpec {
  return { key: state, label: SOLVED_LABELS[state] };
}
