import "server-only";
import type { Draft, PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { logError } from "@/lib/log";
import { sendMail } from "@/lib/mail/send-mail";
import { submitDraft, type SubmitResult } from "@/lib/reports/submit-report";

/**
 * Submits the draft and mails the reporter a receipt. A repeated submit sends no second receipt, and a failed
 * mail never undoes the submission: the receipt page shows the same reference.
 */
export async function submitAndNotify(db: PrismaClient, draft: Draft, now: Date): Promise<SubmitResult> {
  const result = await submitDraft(db, draft, now);
  if (!result.wasAlreadySubmitted) {
    await sendReceipt(db, result).catch((error) => logError("kvittomejl", error));
  }
  return result;
}

/** The mail carries the reference and a link only: no report text leaves the service by e-mail. */
async function sendReceipt(db: PrismaClient, result: SubmitResult) {
  const report = await db.report.findUnique({
    where: { id: result.reportId },
    select: { reporterEmail: true },
  });
  if (!report?.reporterEmail) return;
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
