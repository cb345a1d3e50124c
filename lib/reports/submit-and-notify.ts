import "server-only";
import type { Draft, PrismaClient } from "@/generated/prisma/client";
import { notifyCoordinators } from "@/lib/cases/notify";
import { env } from "@/lib/env";
import { logError } from "@/lib/log";
import { sendMail } from "@/lib/mail/send-mail";
import { submitDraft, type SubmitResult } from "@/lib/reports/submit-report";

/**
 * Submits the draft, mails the reporter a receipt and tells the coordinators (reference and link only). A
 * repeated submit sends neither again, and a failed mail never undoes the submission.
 */
export async function submitAndNotify(db: PrismaClient, draft: Draft, now: Date): Promise<SubmitResult> {
  const result = await submitDraft(db, draft, now);
  if (!result.wasAlreadySubmitted) {
    await sendReceipt(db, result).catch((error) => logError("kvittomejl", error));
    await notifyCoordinators(db, result.reportId, "Ny brist har kommit in");
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
