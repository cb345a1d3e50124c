import "server-only";
import type { Draft, PrismaClient } from "@/generated/prisma/client";
import { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { AppError } from "@/lib/errors";
import { isDraftExpired } from "@/lib/reports/draft-expiry";
import { blockedTextIssues } from "@/lib/reports/blocked-text";
import { draftData } from "@/lib/reports/drafts";
import { reportIdentifierConfirmations } from "@/lib/reports/identifier-confirmations";
import { formatReference, referenceYear } from "@/lib/reports/reference-number";
import { ZMeasure, ZParticipant, ZReportSubmission, type TReportSubmission } from "@/lib/reports/schemas";
import { generateCode, hashCode } from "@/lib/security/tokens";

/**
 * The first submit gives the one follow-up code; a repeat (second tab, retry) gets the same reference and no code,
 * so the draft cookie left in the browser can't mint new codes to a submitted report.
 */
export type SubmitResult = { reportId: string; reference: string } & (
  { followUpCode: string; wasAlreadySubmitted: false } | { followUpCode: null; wasAlreadySubmitted: true }
);

/** The result of the submit that created the report: the only one that carries a follow-up code. */
export type FirstSubmitResult = Extract<SubmitResult, { wasAlreadySubmitted: false }>;

/** Validates every step of the draft with the merged schema. */
export function parseSubmission(draft: Pick<Draft, "data">) {
  const data = draftData(draft);
  return ZReportSubmission.safeParse({
    reporter: data.reporter,
    partner: data.partner,
    event: data.event,
    description: data.description,
    delTva: data.delTva,
  });
}

function reportFields(s: TReportSubmission) {
  const held = s.delTva.dialogueHeld === "ja";
  return {
    reporterName: s.reporter.reporterName,
    reporterEmail: s.reporter.reporterEmail,
    reporterPhone: s.reporter.reporterPhone || null,
    organisationId: s.reporter.organisationId,
    unit: s.reporter.unit,
    reporterRole: s.reporter.reporterRole,
    hasConsultedChef: s.reporter.hasConsultedChef === "ja",
    eventDate: s.event.eventTiming === "datum" ? new Date(`${s.event.eventDate}T00:00:00Z`) : null,
    eventMonth: s.event.eventTiming === "manad" ? s.event.eventMonth : null,
    ageGroup: s.event.ageGroup || null,
    description: s.description.description,
    actionsTaken: s.description.actionsTaken,
    dialogueHeld: held,
    dialogueDate: held ? new Date(`${s.delTva.dialogueDate}T00:00:00Z`) : null,
    noDialogueReason: held ? null : s.delTva.noDialogueReason,
    participants: held ? s.delTva.participants.map((p) => ZParticipant.parse(p)) : [],
    isSolved: held && s.delTva.isSolved ? s.delTva.isSolved : null,
    needsEscalation: s.delTva.needsEscalation === "ja",
    escalationComment: s.delTva.escalationComment || null,
    // The kinds of detail the reporter confirmed as needed, per field; never text.
    identifierConfirmations: reportIdentifierConfirmations(s) ?? undefined,
  };
}

/** Only a clash on the submission key means "already submitted"; any other unique violation is a real error. */
function isDuplicateSubmission(error: unknown) {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return (
    JSON.stringify(error.meta ?? {}).includes("submissionKey") || error.message.includes("submissionKey")
  );
}

/** Organisations and areas must exist and be active: the ids come from the browser. */
async function assertReferencesActive(db: PrismaClient, submission: TReportSubmission) {
  const organisationIds = [
    ...new Set([submission.reporter.organisationId, ...submission.partner.partnerOrganisationIds]),
  ];
  const [organisations, areas] = await Promise.all([
    db.organisation.count({ where: { id: { in: organisationIds }, isActive: true } }),
    db.area.count({ where: { id: { in: submission.event.areaIds }, isActive: true } }),
  ]);
  if (organisations !== organisationIds.length || areas !== new Set(submission.event.areaIds).size) {
    throw new AppError(
      "INVALID",
      "En vald organisation eller ett område finns inte längre. Välj igen och spara steget.",
    );
  }
}

/**
 * Turns a complete draft into a report. The reference's sequence is taken from the year's counter row in the
 * same transaction as the insert: a failed insert rolls the counter back, so numbers stay gap-free.
 * Submitting the same draft again (double click, retry, second tab) creates nothing new.
 */
export async function submitReport(db: PrismaClient, draft: Draft, now: Date): Promise<SubmitResult> {
  if (isDraftExpired(draft, now)) throw new AppError("DRAFT_EXPIRED", "Utkastet har gått ut.");
  const parsed = parseSubmission(draft);
  // The steps were checked as they were saved; a personnummer is looked for once more, with the full detector.
  if (!parsed.success || blockedTextIssues(parsed.data).length > 0) {
    throw new AppError("DRAFT_INCOMPLETE", "Några svar saknas eller behöver rättas innan du kan skicka.");
  }
  const submission = parsed.data;
  await assertReferencesActive(db, submission);
  const followUpCode = generateCode();
  const year = referenceYear(now);
  const partnerLink = await db.partnerLink.findFirst({
    where: { draftId: draft.id, comment: { not: null } },
    orderBy: { commentedAt: "desc" },
  });

  try {
    return await db.$transaction(async (tx): Promise<SubmitResult> => {
      const [counter] = await tx.$queryRaw<{ last: number }[]>`
        INSERT INTO "ReferenceCounter" ("year", "last") VALUES (${year}, 1)
        ON CONFLICT ("year") DO UPDATE SET "last" = "ReferenceCounter"."last" + 1
        RETURNING "last"`;
      const sequence = Number(counter!.last);
      const reference = formatReference(year, sequence);
      const report = await tx.report.create({
        data: {
          ...reportFields(submission),
          reference,
          year,
          sequence,
          submittedAt: now,
          submissionKey: draft.submissionKey,
          followUpCodes: { create: { codeHash: hashCode(followUpCode), createdAt: now } },
          partnerComment: partnerLink?.comment ?? null,
          partnerCommentOrganisation: partnerLink
            ? [partnerLink.commenterOrganisation, partnerLink.commenterRole].filter(Boolean).join(", ") ||
              null
            : null,
          partners: {
            create: [
              ...submission.partner.partnerOrganisationIds.map((organisationId) => ({ organisationId })),
              ...(submission.partner.partnerOther ? [{ otherName: submission.partner.partnerOther }] : []),
            ],
          },
          areas: { create: submission.event.areaIds.map((areaId) => ({ areaId })) },
          measures: {
            create:
              submission.delTva.dialogueHeld === "ja"
                ? submission.delTva.measures
                    .map((entry) => ZMeasure.parse(entry))
                    .map((m, index) => ({
                      description: m.description,
                      responsibleParty: m.responsibleParty,
                      targetDate: m.targetDate ? new Date(`${m.targetDate}T00:00:00Z`) : null,
                      sortOrder: index,
                    }))
                : [],
          },
        },
      });
      // The answers now live in the report; the draft keeps only what a retry needs.
      await tx.draft.update({
        where: { id: draft.id },
        data: { submittedAt: now, reportId: report.id, data: { completed: [] } },
      });
      await writeAudit(tx, {
        action: "REPORT_SUBMITTED",
        actorLabel: "Rapportör",
        reportId: report.id,
        data: { reference },
      });
      return { reportId: report.id, reference, followUpCode, wasAlreadySubmitted: false };
    });
  } catch (error) {
    if (!isDuplicateSubmission(error)) throw error;
    return answerRepeatedSubmit(db, { submissionKey: draft.submissionKey });
  }
}

/**
 * The draft's holder submitted again (found by the draft's submission key, or by the reference of the receipt the
 * browser kept). They get the same reference, but no new follow-up code: the code was shown once, and whoever
 * holds the browser afterwards must not be able to get one to read the case.
 */
export async function answerRepeatedSubmit(
  db: PrismaClient,
  where: { submissionKey: string } | { reference: string },
): Promise<SubmitResult> {
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({
      where,
      select: { id: true, reference: true },
    });
    if (!report) throw new AppError("NOT_FOUND", "Rapporten hittades inte.");
    await writeAudit(tx, {
      action: "REPORT_RESUBMIT_IGNORED",
      actorLabel: "Rapportör",
      reportId: report.id,
      data: { reference: report.reference },
    });
    return {
      reportId: report.id,
      reference: report.reference,
      followUpCode: null,
      wasAlreadySubmitted: true,
    };
  });
}

/** A repeated submit is answered (with the reference) only shortly after the first; later the draft no longer opens. */
export const RESUBMIT_WINDOW_MINUTES = 15;

/** Fast path for a draft already turned into a report, before any counter is touched. */
export async function submitDraft(db: PrismaClient, draft: Draft, now: Date): Promise<SubmitResult> {
  if (draft.reportId) {
    const isWithinWindow =
      !!draft.submittedAt && now.getTime() - draft.submittedAt.getTime() <= RESUBMIT_WINDOW_MINUTES * 60_000;
    if (!isWithinWindow) throw new AppError("ALREADY_SUBMITTED", "Rapporten är redan inskickad.");
    return answerRepeatedSubmit(db, { submissionKey: draft.submissionKey });
  }
  return submitReport(db, draft, now);
}
