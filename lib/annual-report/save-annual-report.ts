import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { detectIdentifiers } from "@/lib/anonymise/detect-identifiers-full";
import { detectorAllowList } from "@/lib/anonymised-cases/detector-allow-list";
import type { FlaggedText } from "@/lib/annual-report/flagged-text";
import { categoryTextWhere, SECTION_LABELS, type TAnnualReportSections } from "@/lib/annual-report/schemas";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { AppError } from "@/lib/errors";
import { blockedMessage, findingsIn } from "@/lib/reports/identifier-findings";

type Tx = Prisma.TransactionClient;

export type { FlaggedText } from "@/lib/annual-report/flagged-text";

export const CONFLICT_MESSAGE =
  "Någon annan har sparat årsrapporten medan du skrev. Det du skrev finns kvar här: kopiera det du vill behålla, ladda om sidan och för in det i den nya versionen.";

export interface SavedAnnualReport {
  versionId: string;
  savedAt: Date;
  flagged: FlaggedText[];
}

/** Every text of the sections with the name it goes by and the phrase an error uses for it. */
function textsOf(sections: TAnnualReportSections) {
  const fixed = (key: keyof typeof SECTION_LABELS, text: string) => ({ ...SECTION_LABELS[key], text });
  return [
    fixed("summary", sections.summary),
    ...Object.entries(sections.categoryTexts).map(([category, text]) => ({
      label: category,
      where: categoryTextWhere(category),
      text,
    })),
    fixed("otherDeficiencies", sections.otherDeficiencies),
    fixed("focusTitle", sections.focusTitle),
    fixed("focus", sections.focus),
    fixed("analysis", sections.analysis),
    fixed("openQuestions", sections.openQuestions.join("\n")),
    fixed("recommendations", sections.recommendations.join("\n")),
  ];
}

/**
 * The full detector over every text: a personnummer or samordningsnummer is refused (the form's schema already
 * refused what the light check finds), anything else is returned to be pointed out. Organisation, area and
 * category names are never taken for a person's.
 */
export async function checkAnnualReportIdentifiers(
  db: PrismaClient,
  sections: TAnnualReportSections,
): Promise<FlaggedText[]> {
  const allow = await detectorAllowList(db);
  const flagged: FlaggedText[] = [];
  for (const { label, where, text } of textsOf(sections)) {
    const findings = findingsIn(text, (t) => detectIdentifiers(t, { allow }));
    if (findings.blocking.length > 0) throw new AppError("INVALID", blockedMessage(findings.blocking, where));
    if (findings.confirmable.length > 0) {
      flagged.push({
        section: label,
        kinds: findings.confirmableKinds,
        matches: [...new Set(findings.confirmable.map((hit) => hit.match))],
      });
    }
  }
  return flagged;
}

/**
 * Writes a new version of the year's report under a lock on the year's row: the row is created or updated, the
 * version inserted, and ANNUAL_REPORT_SAVED (the year only) audited, in one transaction. Refused with CONFLICT when
 * someone saved since `baseVersionId` (the newest version when the editor was opened; null before the first save).
 */
export async function writeAnnualReportVersion(
  db: PrismaClient,
  actor: Actor,
  input: { year: number; baseVersionId: string | null; sections: TAnnualReportSections },
): Promise<{ versionId: string; savedAt: Date }> {
  const { year, baseVersionId, sections } = input;
  const json = sections as Prisma.InputJsonObject;
  try {
    return await db.$transaction(async (tx: Tx) => {
      // Saves of one year's report run one at a time; the second sees the first's version and is refused.
      await tx.$queryRaw`SELECT 1 FROM "AnnualReport" WHERE "year" = ${year} FOR UPDATE`;
      const latest = await tx.annualReportVersion.findFirst({
        where: { year },
        orderBy: [{ savedAt: "desc" }, { id: "desc" }],
        select: { id: true },
      });
      if ((latest?.id ?? null) !== baseVersionId) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
      await tx.annualReport.upsert({
        where: { year },
        create: { year, sections: json, updatedById: actor.id },
        update: { sections: json, updatedById: actor.id },
      });
      const version = await tx.annualReportVersion.create({
        data: { year, sections: json, savedById: actor.id },
        select: { id: true, savedAt: true },
      });
      await writeAudit(tx, {
        action: "ANNUAL_REPORT_SAVED",
        actorId: actor.id,
        actorLabel: actor.id,
        data: { year },
      });
      return { versionId: version.id, savedAt: version.savedAt };
    });
  } catch (error) {
    // Two first saves of a year at once: the row the other created.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    }
    throw error;
  }
}

/** Saves the arbetsgrupp's text of a year's report as a new version (ARBETSGRUPP and SAMORDNARE). */
export async function saveAnnualReport(
  db: PrismaClient,
  actor: Actor,
  input: { year: number; baseVersionId: string | null; sections: TAnnualReportSections },
): Promise<SavedAnnualReport> {
  await assertPermission(db, actor, "anonymised:read");
  const flagged = await checkAnnualReportIdentifiers(db, input.sections);
  const saved = await writeAnnualReportVersion(db, actor, input);
  return { ...saved, flagged };
}
