import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { defaultSections } from "@/lib/annual-report/default-sections";
import {
  checkAnnualReportIdentifiers,
  writeAnnualReportVersion,
  type SavedAnnualReport,
} from "@/lib/annual-report/save-annual-report";
import { parseStoredSections, type TRestoreAnnualReportVersion } from "@/lib/annual-report/schemas";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { AppError } from "@/lib/errors";

/**
 * Brings back an earlier version of a year's report by saving its text again as the newest version: the history
 * keeps everything in between, and the restore is audited like any save.
 */
export async function restoreAnnualReportVersion(
  db: PrismaClient,
  actor: Actor,
  input: TRestoreAnnualReportVersion,
): Promise<SavedAnnualReport> {
  await assertPermission(db, actor, "anonymised:read");
  const version = await db.annualReportVersion.findFirst({
    where: { id: input.versionId, year: input.year },
    select: { sections: true },
  });
  if (!version) throw new AppError("NOT_FOUND", "Versionen finns inte.");
  const sections = parseStoredSections(version.sections, defaultSections());
  const flagged = await checkAnnualReportIdentifiers(db, sections);
  const saved = await writeAnnualReportVersion(db, actor, {
    year: input.year,
    baseVersionId: input.baseVersionId,
    sections,
  });
  return { ...saved, flagged };
}
