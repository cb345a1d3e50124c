import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { loadStatistics } from "@/lib/anonymised-cases/load-statistics";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { buildCasesCsv, buildStatisticsCsv } from "@/lib/statistics/build-statistics-csv";
import { buildStatisticsWorkbook } from "@/lib/statistics/build-statistics-workbook";

export const STATISTICS_EXPORT_FORMATS = ["xlsx", "csv-brister", "csv-statistik"] as const;
export type StatisticsExportFormat = (typeof STATISTICS_EXPORT_FORMATS)[number];

export interface StatisticsExport {
  content: Uint8Array;
  contentType: string;
  filename: string;
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const CSV = "text/csv; charset=utf-8";

/**
 * A year's statistics as a file: the .xlsx workbook, the CSV of the year's anonymised brister, or the CSV of the
 * breakdowns. The file carries what the arbetsgrupp may see (small counts suppressed), also when a coordinator
 * downloads it: it leaves the service and may be passed on. Each export is audited (and sampled by a
 * loggkontroll) with the year, the format and the number of brister, once the file is built.
 */
export async function exportStatistics(
  db: PrismaClient,
  user: Actor | null,
  input: { year: number; format: StatisticsExportFormat; now?: Date },
): Promise<StatisticsExport> {
  const reader = await assertPermission(db, user, "anonymised:read");
  const data = await loadStatistics(db, reader, input.year);
  const { year, format } = input;
  let file: StatisticsExport;
  if (format === "xlsx") {
    file = {
      content: new Uint8Array(await buildStatisticsWorkbook({ ...data, createdAt: input.now })),
      contentType: XLSX,
      filename: `statistik-${year}.xlsx`,
    };
  } else if (format === "csv-brister") {
    file = {
      content: new TextEncoder().encode(buildCasesCsv(data)),
      contentType: CSV,
      filename: `avidentifierade-brister-${year}.csv`,
    };
  } else {
    file = {
      content: new TextEncoder().encode(buildStatisticsCsv(data)),
      contentType: CSV,
      filename: `statistik-${year}.csv`,
    };
  }
  await db.$transaction((tx) =>
    writeAudit(tx, {
      action: "ANONYMISED_EXPORTED",
      actorId: reader.id,
      actorLabel: reader.id,
      data: { year, format, cases: data.cases.filter((c) => c.year === year).length },
    }),
  );
  return file;
}
