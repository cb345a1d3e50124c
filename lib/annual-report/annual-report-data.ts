import type { ReportExample } from "@/lib/anonymised-cases/list-report-examples";
import type { TAnnualReportSections } from "@/lib/annual-report/schemas";
import { hiddenValueLabel, listedCases } from "@/lib/statistics/case-list-suppression";
import type { PublishedYearStatistics } from "@/lib/statistics/publish";
import type { StatCase } from "@/lib/statistics/types";

export type { ReportExample } from "@/lib/anonymised-cases/list-report-examples";

/** One anonymised brist in the report's appendix. */
export interface AppendixRow {
  reference: string;
  /** "mars 2026", or null when the month is unknown. */
  month: string | null;
  categories: string[];
}

/** Everything the annual report is made of; plain data, so the .docx and the print view are built from the same. */
export interface AnnualReportData {
  year: number;
  serviceName: string;
  samradName: string;
  hostOrganisation: string;
  /** The day the document was made, "1 december 2026". */
  madeOn: string;
  sections: TAnnualReportSections;
  /** The year's figures as the arbetsgrupp may publish them (small cells suppressed). */
  statistics: PublishedYearStatistics;
  examples: ReportExample[];
  appendix: AppendixRow[];
}

/**
 * The appendix: every brist of the year with its event month and categories (by name), a value the year's
 * published statistics hide written as "Annan (färre än 3)" (see `listedCases`).
 */
export function appendixRows(cases: readonly StatCase[], statistics: PublishedYearStatistics): AppendixRow[] {
  const hidden = hiddenValueLabel(statistics.threshold);
  return listedCases(cases, statistics).map((c) => ({
    reference: c.reference,
    month: c.eventMonth,
    categories: [
      ...c.categories.filter((name) => name !== hidden).sort((a, b) => a.localeCompare(b, "sv")),
      ...c.categories.filter((name) => name === hidden),
    ],
  }));
}
