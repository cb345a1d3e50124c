import "server-only";
import type { Draft, PrismaClient } from "@/generated/prisma/client";
import { recordAnonymousRefusal } from "@/lib/audit/anonymous-refusals";
import { notifyCoordinators } from "@/lib/cases/notify";
import { env } from "@/lib/env";
import { logError } from "@/lib/log";
import { sendMail } from "@/lib/mail/send-mail";
import { allowedEmailDomains } from "@/lib/reference-data/allowed-email-domains";
import { isAllowedEmail } from "@/lib/reference-data/email-domains";
import { submitDraft, type SubmitResult } from "@/lib/reports/submit-report";
import { isWithinAnonymousCaps } from "@/lib/security/anonymous-caps";

/**
 * Submits the draft, mails the reporter a receipt and tells the coordinators (reference and link only). A
 * repeated submit sends neither again, and a failed mail never undoes the submission.
 */
export async function submitAndNotify(
  db: PrismaClient,
  draft: Draft,
  now: Date,
  clientKey: string | null = null,
): Promise<SubmitResult> {
  const result = await submitDraft(db, draft, now);
  if (!result.wasAlreadySubmitted) {
    await sendReceipt(db, result, now, clientKey).catch((error) => logError("kvittomejl", error));
    await notifyCoordinators(db, result.reportId, "Ny brist har kommit in");
  }
  return result;
}

/**
 * The mail carries the reference and a link only: no report text leaves the service by e-mail. It goes only to a
 * domain allowed for the reporter's organisation (checked when the step was saved, again here in case the list
 * changed) and within the hourly caps; otherwise the reporter keeps the receipt page and no mail is sent.
 */
async function sendReceipt(db: PrismaClient, result: SubmitResult, now: Date, clientKey: string | null) {
  const report = await db.report.findUnique({
    where: { id: result.reportId },
    select: { reporterEmail: true, organisationId: true },
  });
  if (!report?.reporterEmail) return;
  const domains = await allowedEmailDomains(db, [report.organisationId]);
  if (!isAllowedEmail(report.reporterEmail, domains)) {
    await recordAnonymousRefusal(db, "mail_domain", clientKey, now);
    return;
  }
  if (!(await isWithinAnonymousCaps(db, "receipt", clientKey, now))) {
    await recordAnonymousRefusal(db, "capped", clientKey, now);
    return;
  }
  await sendMail(db, {
    to: report.reporterEmail,
    subject: `Kvitto: din rapport ${result.reference} har kommit in`,
    text: [
      `Tack! Din rapport om brist i samverkan har kommit in med referensnummer ${result.reference}.`,
      "",
      `Följ status och återkoppling här med uppföljningskoden du fick när du skickade in: ${env.APP_URL}/uppfoljning`,
    ].join("\n"),
  });
}
