import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { listReportExamples } from "@/lib/anonymised-cases/list-report-examples";
import { listStatisticsCases } from "@/lib/anonymised-cases/list-statistics-cases";
import { getStatisticsReferences } from "@/lib/anonymised-cases/statistics-references";
import { appendixRows, type AnnualReportData } from "@/lib/annual-report/annual-report-data";
import { getAnnualReport } from "@/lib/annual-report/get-annual-report";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { formatDate } from "@/lib/dates";
import { getInstanceSettings } from "@/lib/settings/instance-settings";
import { getStatisticsSettings } from "@/lib/settings/statistics-settings";
import { computeYearStatistics } from "@/lib/statistics/compute";
import { publishYearStatistics } from "@/lib/statistics/publish";

export type { AnnualReportData } from "@/lib/annual-report/annual-report-data";

/**
 * Everything the annual report of a year is made of, as the arbetsgrupp may see it: the instance's samråd and host
 * organisation, the group's texts, the year's statistics with small cells suppressed, the chosen examples (redacted
 * texts), and every anonymised brist of the year for the appendix. All of it read through lib/anonymised-cases.
 */
export async function loadAnnualReportData(
  db: PrismaClient,
  actor: Actor,
  year: number,
  now = new Date(),
): Promise<AnnualReportData> {
  await assertPermission(db, actor, "anonymised:read");
  const [instance, statisticsSettings, report, cases, examples, references] = await Promise.all([
    getInstanceSettings(db),
    getStatisticsSettings(db),
    getAnnualReport(db, actor, year),
    listStatisticsCases(db, actor, { years: [year] }),
    listReportExamples(db, actor, year),
    // The year's list, so a category no brist had still gets its row (of 0) in the table.
    getStatisticsReferences(db, [year]),
  ]);
  // As the statistics page and its exports compute them, so the report's figures are theirs.
  const statistics = publishYearStatistics(computeYearStatistics(year, cases, references[year]), {
    threshold: statisticsSettings.suppressionThreshold,
  });
  return {
    year,
    serviceName: instance.serviceName,
    samradName: instance.samradName,
    hostOrganisation: instance.hostOrganisation,
    madeOn: formatDate(now),
    sections: report.sections,
    statistics,
    examples,
    // A value the year's tables hide is hidden in the appendix too, so counting its rows gives back no "<3".
    appendix: appendixRows(cases, statistics),
  };
}
