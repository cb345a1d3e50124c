import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import {
  AGE_GROUP_LABELS,
  HUVUDMAN_LABELS,
  monthLabel,
  READABLE_RECORD,
  SOLVED_LABELS,
} from "@/lib/anonymised-cases/labels";
import { parseStoredSections } from "@/lib/anonymised-cases/schemas";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { AppError } from "@/lib/errors";

/**
 * One anonymised brist as the arbetsgrupp reads it: the redacted texts, the event month, age group and reporting
 * organisation unless withheld, the parties' huvudman, and from the case only reference, status, categories,
 * areas, whether it is solved and whether it needs escalation. Each read is audited (and sampled by a loggkontroll).
 */
export async function getAnonymisedCase(db: PrismaClient, user: Actor, reportId: string) {
  await assertPermission(db, user, "anonymised:read");
  return db.$transaction(async (tx) => {
    const record = await tx.anonymisedCase.findFirst({
      where: { ...READABLE_RECORD, reportId },
      select: {
        reportId: true,
        year: true,
        sections: true,
        eventMonth: true,
        ageGroup: true,
        ageGroupWithheld: true,
        organisationId: true,
        organisationWithheld: true,
        reporterHuvudman: true,
        partnerHuvudman: true,
        report: {
          select: {
            reference: true,
            status: true,
            isSolved: true,
            needsEscalation: true,
            categories: { select: { category: { select: { name: true } } } },
            areas: { select: { area: { select: { name: true } } } },
          },
        },
      },
    });
    if (!record) throw new AppError("NOT_FOUND", "Den avidentifierade bristen finns inte.");
    const organisation =
      record.organisationId && !record.organisationWithheld
        ? await tx.organisation.findUnique({ where: { id: record.organisationId }, select: { name: true } })
        : null;
    await writeAudit(tx, {
      action: "ANONYMISED_CASE_VIEWED",
      actorId: user.id,
      actorLabel: user.id,
      reportId: record.reportId,
    });
    const byName = (a: string, b: string) => a.localeCompare(b, "sv");
    return {
      id: record.reportId,
      reference: record.report.reference,
      year: record.year,
      status: record.report.status,
      month: monthLabel(record.eventMonth),
      ageGroup: record.ageGroupWithheld || !record.ageGroup ? null : AGE_GROUP_LABELS[record.ageGroup],
      ageGroupWithheld: record.ageGroupWithheld,
      organisation: organisation?.name ?? null,
      organisationWithheld: record.organisationWithheld,
      reporterHuvudman: record.reporterHuvudman ? HUVUDMAN_LABELS[record.reporterHuvudman] : null,
      partnerHuvudman: [...new Set(record.partnerHuvudman.map((h) => HUVUDMAN_LABELS[h]))],
      isSolved: record.report.isSolved ? SOLVED_LABELS[record.report.isSolved] : null,
      needsEscalation: record.report.needsEscalation,
      categories: record.report.categories.map((c) => c.category.name).sort(byName),
      areas: record.report.areas.map((a) => a.area.name).sort(byName),
      sections: parseStoredSections(record.sections).filter((s) => s.text.trim() !== ""),
    };
  });
}

export type AnonymisedCaseView = Awaited<ReturnType<typeof getAnonymisedCase>>;
