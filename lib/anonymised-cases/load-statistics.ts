import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { countAnonymisedByYear } from "@/lib/anonymised-cases/count-anonymised-by-year";
import { listStatisticsCases } from "@/lib/anonymised-cases/list-statistics-cases";
import { getStatisticsReferences } from "@/lib/anonymised-cases/statistics-references";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { can } from "@/lib/auth/roles";
import { getStatisticsSettings } from "@/lib/settings/statistics-settings";
import { statisticsView, type StatisticsInput, type StatisticsView } from "@/lib/statistics/statistics-view";

/** How many earlier years (that have anonymised brister) are shown beside the year. */
export const PREVIOUS_YEARS_SHOWN = 3;

export interface StatisticsData extends StatisticsInput {
  previousYears: number[];
  threshold: number;
  /** Every year with anonymised brister, newest first, with its number of brister (for the year chooser). */
  yearsWithCases: Array<{ year: number; count: number }>;
}

/**
 * What the statistics page and its exports are built from: the approved anonymised brister of the year and of
 * up to three earlier years that have any, each year's category list, and the suppression threshold in force.
 */
export async function loadStatistics(
  db: PrismaClient,
  user: Actor | null,
  year: number,
): Promise<StatisticsData> {
  const reader = await assertPermission(db, user, "anonymised:read");
  const yearsWithCases = await countAnonymisedByYear(db, reader);
  const previousYears = yearsWithCases
    .map((row) => row.year)
    .filter((y) => y < year)
    .slice(0, PREVIOUS_YEARS_SHOWN)
    .sort((a, b) => a - b);
  const years = [...previousYears, year];
  const [cases, references, settings] = await Promise.all([
    listStatisticsCases(db, reader, { years }),
    getStatisticsReferences(db, years),
    getStatisticsSettings(db),
  ]);
  return {
    year,
    cases,
    previousYears,
    references,
    threshold: settings.suppressionThreshold,
    yearsWithCases,
  };
}

/**
 * The statistics page's figures: the year asked for, else the latest year with anonymised brister, else
 * `thisYear`. Coordinators, who read the cases themselves, get the exact value of every hidden cell (marked as
 * hidden); the arbetsgrupp gets what may be shown only.
 */
export async function loadStatisticsPage(
  db: PrismaClient,
  user: Actor | null,
  options: { year: number | null; thisYear: number },
): Promise<{ view: StatisticsView; data: StatisticsData; yearsWithCases: StatisticsData["yearsWithCases"] }> {
  const reader = await assertPermission(db, user, "anonymised:read");
  const year = options.year ?? (await countAnonymisedByYear(db, reader))[0]?.year ?? options.thisYear;
  const data = await loadStatistics(db, reader, year);
  const view = statisticsView(data, { keepSuppressedValues: can(reader.role, "case:read") });
  return { view, data, yearsWithCases: data.yearsWithCases };
}
