/**
 * Small-cell suppression for lists of brister, one row each (the .xlsx and .csv sheet of cases, the annual report's
 * appendix). Counting the rows of such a list by a value would give back every count the breakdown tables hide as
 * "<3", and with it which brister hold a rare value. So a value whose cell is hidden in the year's corresponding
 * breakdown, whether below the threshold or hidden to protect another cell, is written as `hiddenValueLabel`: the
 * list then reveals no more than the tables. See docs/decisions/012.
 */
import { directionsOf, partnerHuvudmanOf, reporterHuvudmanOf } from "./direction";
import {
  ESCALATED_KEY,
  HUVUDMAN_LABELS,
  NOT_ESCALATED_KEY,
  SOLVED_LABELS,
  UNKNOWN_HUVUDMAN_LABEL,
  UNKNOWN_KEY,
  WITHHELD_KEY,
  WITHHELD_ORGANISATION_LABEL,
} from "./labels";
import { monthLabel, monthRowOf, statisticsMonthOf } from "./months";
import type { PublishedBreakdown, PublishedYearStatistics } from "./publish";
import type { Huvudman, StatCase } from "./types";

/** What a hidden value is written as: "Annan (färre än 3)". */
export function hiddenValueLabel(threshold: number): string {
  return `Annan (färre än ${threshold})`;
}

const HUVUDMAN_ORDER: readonly Huvudman[] = ["KOMMUN", "REGION", "OVRIG"];

/** The keys of the rows a breakdown hides. */
function hiddenKeys(breakdown: PublishedBreakdown): Set<string> {
  return new Set(breakdown.rows.filter((row) => row.count.suppressed).map((row) => row.key));
}

/** One brist as a list may show it: every value as text, hidden ones as `hiddenValueLabel`. */
export interface ListedCase {
  reference: string;
  /** The month it is counted in ("mars 2026"). */
  month: string;
  /** Whether that is the event's month ("händelsen") or the month it came in ("när bristen kom in"). */
  monthBasis: string;
  /** The event's month as the appendix gives it; null when unknown. */
  eventMonth: string | null;
  /** Distinct, in the order given; hidden ones once, last. */
  categories: string[];
  areas: string[];
  reporterHuvudman: string;
  reportingOrganisation: string;
  partnerHuvudman: string[];
  solved: string;
  escalated: string;
}

/**
 * The brister of `statistics.year` in `cases`, with each value hidden that the year's published statistics hide.
 * `statistics` must be the year's figures as published from the same brister (`publishYearStatistics`), so that
 * the list and the tables agree on what is hidden.
 */
export function listedCases(cases: readonly StatCase[], statistics: PublishedYearStatistics): ListedCase[] {
  const hidden = hiddenValueLabel(statistics.threshold);
  const categories = hiddenKeys(statistics.categories);
  const areas = hiddenKeys(statistics.areas);
  const directions = hiddenKeys(statistics.directions);
  const reporterHuvudman = hiddenKeys(statistics.reporterHuvudman);
  const organisations = hiddenKeys(statistics.reportingOrganisations);
  const months = hiddenKeys(statistics.months);
  const solved = hiddenKeys(statistics.solved);
  const escalated = hiddenKeys(statistics.escalated);
  const basisHidden = {
    eventMonth: statistics.months.basis.eventMonth.suppressed,
    submittedMonth: statistics.months.basis.submittedMonth.suppressed,
  };
  // Hidden values of a brist collapse into one label, so the list does not even say how many it had.
  const names = (refs: readonly { id: string; name: string }[], hiddenIds: Set<string>) => {
    const shown = [...new Set(refs.filter((r) => !hiddenIds.has(r.id)).map((r) => r.name))];
    return refs.some((r) => hiddenIds.has(r.id)) ? [...shown, hidden] : shown;
  };

  return cases
    .filter((c) => c.year === statistics.year)
    .map((c): ListedCase => {
      const { month, basis } = statisticsMonthOf(c);
      const monthHidden = months.has(monthRowOf(statistics.year, month).key);
      const reporter = reporterHuvudmanOf(c);
      const partners = partnerHuvudmanOf(c);
      // A reporter's and a partner's huvudman together give the direction: a brist in a hidden direction does
      // not show its partners' huvudman.
      const directionHidden = directionsOf(c).some((d) => directions.has(d));
      const escalatedKey = c.escalated ? ESCALATED_KEY : NOT_ESCALATED_KEY;
      return {
        reference: c.reference,
        month: monthHidden ? hidden : monthLabel(month.year, month.month),
        monthBasis: basisHidden[basis] ? hidden : basis === "eventMonth" ? "händelsen" : "när bristen kom in",
        eventMonth: c.eventMonth === null ? null : monthHidden ? hidden : monthLabel(month.year, month.month),
        categories: names(c.categories, categories),
        areas: names(c.areas, areas),
        reporterHuvudman: reporterHuvudman.has(reporter ?? UNKNOWN_KEY)
          ? hidden
          : reporter
            ? HUVUDMAN_LABELS[reporter]
            : UNKNOWN_HUVUDMAN_LABEL,
        reportingOrganisation: organisations.has(c.reporterOrganisation?.id ?? WITHHELD_KEY)
          ? hidden
          : (c.reporterOrganisation?.name ?? WITHHELD_ORGANISATION_LABEL),
        partnerHuvudman: directionHidden
          ? [hidden]
          : HUVUDMAN_ORDER.filter((h) => partners.has(h)).map((h) => HUVUDMAN_LABELS[h]),
        solved: solved.has(c.solved ?? UNKNOWN_KEY) ? hidden : SOLVED_LABELS[c.solved ?? UNKNOWN_KEY],
        escalated: escalated.has(escalatedKey) ? hidden : c.escalated ? "Ja" : "Nej",
      };
    });
}
