import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { defaultSections } from "@/lib/annual-report/default-sections";
import {
  saverNames,
  UNKNOWN_SAVER,
  type AnnualReportVersionItem,
} from "@/lib/annual-report/list-annual-report-versions";
import { parseStoredSections, type TAnnualReportSections } from "@/lib/annual-report/schemas";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { AppError } from "@/lib/errors";

export interface AnnualReportText {
  year: number;
  sections: TAnnualReportSections;
  /** The newest version, which a save must name as its base; null before the year's first save. */
  latestVersion: AnnualReportVersionItem | null;
}

/** A year's report text as last saved, or the defaults (the 2025 open questions) before anyone has saved it. */
export async function getAnnualReport(
  db: PrismaClient,
  actor: Actor,
  year: number,
): Promise<AnnualReportText> {
  await assertPermission(db, actor, "anonymised:read");
  const [row, latest] = await Promise.all([
    db.annualReport.findUnique({ where: { year }, select: { sections: true } }),
    db.annualReportVersion.findFirst({
      where: { year },
      orderBy: [{ savedAt: "desc" }, { id: "desc" }],
      select: { id: true, savedAt: true, savedById: true },
    }),
  ]);
  const names = latest ? await saverNames(db, [latest.savedById]) : new Map<string, string>();
  return {
    year,
    sections: row ? parseStoredSections(row.sections, defaultSections()) : defaultSections(),
    latestVersion: latest
      ? {
          id: latest.id,
          savedAt: latest.savedAt,
          savedByName: names.get(latest.savedById) ?? UNKNOWN_SAVER,
        }
      : null,
  };
}

/** One saved version of a year's report, to read before restoring it. */
export async function getAnnualReportVersion(
  db: PrismaClient,
  actor: Actor,
  year: number,
  versionId: string,
): Promise<AnnualReportVersionItem & { sections: TAnnualReportSections }> {
  await assertPermission(db, actor, "anonymised:read");
  const version = await db.annualReportVersion.findFirst({
    where: { id: versionId, year },
    select: { id: true, savedAt: true, savedById: true, sections: true },
  });
  if (!version) throw new AppError("NOT_FOUND", "Versionen finns inte.");
  const names = await saverNames(db, [version.savedById]);
  return {
    id: version.id,
    savedAt: version.savedAt,
    savedByName: names.get(version.savedById) ?? UNKNOWN_SAVER,
    sections: parseStoredSections(version.sections, defaultSections()),
  };
}
