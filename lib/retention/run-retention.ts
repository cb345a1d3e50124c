import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { logError } from "@/lib/log";
import { purgeExpiredDrafts } from "@/lib/reports/drafts";
import { closedOnOrBefore, isErasureDue, isRetentionOver, yearsBefore } from "@/lib/retention/retention-due";
import { getRetentionSettings } from "@/lib/settings/retention-settings";

/**
 * What gallring writes over a non-null text column. A fixed marker rather than an empty string: a reader of the
 * case page, a print or an export sees that text existed and was erased, not an empty answer or a broken record.
 * Nullable columns become null; the list of dialogue participants becomes an empty list.
 */
export const ERASED_TEXT = "[gallrad]";

export type RetentionTrigger = "schedule" | "manual" | "script";

export interface RetentionSummary {
  trigger: RetentionTrigger;
  years: number;
  /** References of the cases erased in this run. */
  erased: string[];
  /** Cases whose retention period is over but which a legal hold keeps. */
  held: number;
  /** Cases that could not be erased this time (logged without personal data; retried at the next run). */
  failed: number;
  followUpCodes: number;
  drafts: number;
  outboxMails: number;
}

const SYSTEM = "System";

/** The case's columns gallring writes over, with what it writes. */
const ERASED_REPORT_FIELDS = {
  reporterName: ERASED_TEXT,
  reporterEmail: ERASED_TEXT,
  reporterPhone: null,
  unit: ERASED_TEXT,
  reporterRole: ERASED_TEXT,
  chefComment: null,
  description: ERASED_TEXT,
  actionsTaken: ERASED_TEXT,
  noDialogueReason: null,
  participants: [],
  escalationComment: null,
  partnerComment: null,
  partnerCommentOrganisation: null,
  statusReason: null,
} satisfies Prisma.ReportUpdateInput;

const retentionSelect = {
  id: true,
  status: true,
  closedAt: true,
  erasedAt: true,
  legalHoldAt: true,
} as const;

interface RunBy {
  trigger: RetentionTrigger;
  actorId: string | null;
  actorLabel: string;
}

/**
 * Erases one case in its own transaction, with its CASE_ERASED row. The case is locked and read again first: a
 * legal hold set, a reopening or another run's erasure since the candidates were chosen leaves it alone.
 * Returns what was deleted along, or null when the case was no longer due.
 */
async function eraseCase(db: PrismaClient, reportId: string, years: number, now: Date, by: RunBy) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Report" WHERE "id" = ${reportId} FOR UPDATE`;
    const report = await tx.report.findUnique({
      where: { id: reportId },
      select: { ...retentionSelect, reference: true, reporterEmail: true },
    });
    if (!report || !isErasureDue(report, years, now)) return null;
    await tx.report.update({ where: { id: reportId }, data: { ...ERASED_REPORT_FIELDS, erasedAt: now } });
    await tx.measure.updateMany({
      where: { reportId },
      data: { description: ERASED_TEXT, responsibleParty: ERASED_TEXT },
    });
    // A partner named in free text ("Övrig aktör"); partners chosen from the list stay.
    await tx.reportPartner.updateMany({
      where: { reportId, otherName: { not: null } },
      data: { otherName: ERASED_TEXT },
    });
    await tx.escalation.updateMany({ where: { reportId }, data: { outcome: null } });
    await tx.message.deleteMany({ where: { reportId } });
    await tx.note.deleteMany({ where: { reportId } });
    const codes = await tx.followUpCode.deleteMany({ where: { reportId } });
    // The submitted draft holds the same answers; it normally went when it expired, long before.
    const drafts = await tx.draft.deleteMany({ where: { reportId } });
    // The receipt and the message notices to the reporter name the case and the reporter's address.
    const mails = await tx.outboxMail.deleteMany({
      where: { to: report.reporterEmail, subject: { contains: report.reference } },
    });
    await writeAudit(tx, {
      action: "CASE_ERASED",
      actorId: by.actorId,
      actorLabel: by.actorLabel,
      reportId,
      data: { reference: report.reference, closedAt: report.closedAt!.toISOString() },
    });
    return { reference: report.reference, codes: codes.count, drafts: drafts.count, mails: mails.count };
  });
}

async function performRetention(db: PrismaClient, now: Date, by: RunBy): Promise<RetentionSummary> {
  const { caseRetentionYears: years } = await getRetentionSettings(db);
  const summary: RetentionSummary = {
    trigger: by.trigger,
    years,
    erased: [],
    held: 0,
    failed: 0,
    followUpCodes: 0,
    drafts: 0,
    outboxMails: 0,
  };

  // Unfinished drafts past their expiry, with their partner links.
  summary.drafts += await purgeExpiredDrafts(db, now);

  const candidates = await db.report.findMany({
    where: { status: "AVSLUTAD", erasedAt: null, closedAt: { lte: closedOnOrBefore(now, years) } },
    select: retentionSelect,
    orderBy: [{ closedAt: "asc" }, { id: "asc" }],
  });
  const over = candidates.filter((report) => isRetentionOver(report, years, now));
  const held = over.filter((report) => report.legalHoldAt !== null);
  summary.held = held.length;

  for (const report of over.filter((candidate) => isErasureDue(candidate, years, now))) {
    try {
      const erased = await eraseCase(db, report.id, years, now, by);
      if (!erased) continue;
      summary.erased.push(erased.reference);
      summary.followUpCodes += erased.codes;
      summary.drafts += erased.drafts;
      summary.outboxMails += erased.mails;
    } catch (error) {
      summary.failed++;
      logError("retention/erase", error);
    }
  }

  // The reporter's access ends with the retention period, also for a case a legal hold keeps.
  const codes = await db.followUpCode.deleteMany({
    where: {
      OR: [{ reportId: { in: held.map((report) => report.id) } }, { report: { erasedAt: { not: null } } }],
    },
  });
  summary.followUpCodes += codes.count;

  // Any mail is kept at most as long as a closed case's text (the reporter's went with the case above).
  const mails = await db.outboxMail.deleteMany({ where: { createdAt: { lte: yearsBefore(now, years) } } });
  summary.outboxMails += mails.count;

  await db.$transaction((tx) =>
    writeAudit(tx, {
      action: "RETENTION_RUN",
      actorId: by.actorId,
      actorLabel: by.actorLabel,
      data: {
        trigger: by.trigger,
        years,
        erased: summary.erased.length,
        held: summary.held,
        failed: summary.failed,
        followUpCodes: summary.followUpCodes,
        drafts: summary.drafts,
        outboxMails: summary.outboxMails,
      },
    }),
  );
  return summary;
}

/**
 * Gallring as the system runs it (the daily run in the app, `npm run retention`): erases the original text and
 * contact details of every closed case whose retention period is over and that no legal hold keeps, each case in
 * its own transaction with a CASE_ERASED row; deletes expired drafts, the follow-up codes of cases past their
 * period, and outbox mail as old. Safe to run again or at the same time: an erased case is never erased twice.
 */
export function runRetention(
  db: PrismaClient,
  options: { trigger: Exclude<RetentionTrigger, "manual">; now?: Date },
): Promise<RetentionSummary> {
  return performRetention(db, options.now ?? new Date(), {
    trigger: options.trigger,
    actorId: null,
    actorLabel: SYSTEM,
  });
}

/** "Kör gallring nu": the same run, started by an administrator, who is recorded as its actor. */
export async function runRetentionNow(db: PrismaClient, actor: Actor | null, now = new Date()) {
  const admin = await assertPermission(db, actor, "admin:manage");
  return performRetention(db, now, { trigger: "manual", actorId: admin.id, actorLabel: admin.id });
}

/** The summary in a sentence, for the admin page and the script. */
export function describeRetentionSummary(summary: RetentionSummary): string {
  const cases = (n: number) => `${n} ${n === 1 ? "ärende" : "ärenden"}`;
  const parts = [
    summary.erased.length === 0 ? "Inga ärenden gallrades" : `${cases(summary.erased.length)} gallrades`,
  ];
  if (summary.held > 0) parts.push(`${cases(summary.held)} sparas av rättsligt skäl`);
  if (summary.failed > 0)
    parts.push(`${cases(summary.failed)} kunde inte gallras och försöks igen nästa gång`);
  const removed = [
    summary.followUpCodes ? `${summary.followUpCodes} uppföljningskoder` : "",
    summary.drafts ? `${summary.drafts} utkast` : "",
    summary.outboxMails ? `${summary.outboxMails} brev i utkorgen` : "",
  ].filter(Boolean);
  if (removed.length > 0) parts.push(`raderade: ${removed.join(", ")}`);
  return `${parts.join("; ")} (gallringstid ${summary.years} år).`;
}
