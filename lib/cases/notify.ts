import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { logError } from "@/lib/log";
import { sendMail } from "@/lib/mail/send-mail";
import { getInstanceSettings } from "@/lib/settings/instance-settings";

/** After commit: tells the reporter there is news, with a link only. A failed mail never undoes the change. */
export async function notifyReporter(db: PrismaClient, reportId: string) {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: { reference: true, reporterEmail: true },
  });
  if (!report) return;
  await sendMail(db, {
    to: report.reporterEmail,
    subject: `Nytt meddelande om din rapport ${report.reference}`,
    text: `Samordnarna har skrivit till dig om rapport ${report.reference}.\n\nLäs meddelandet med din uppföljningskod: ${env.APP_URL}/uppfoljning`,
  }).catch((error) => logError("notifyReporter", error));
}

/** After commit: tells the assignee, or the coordinators' role mailboxes, that a case needs attention. */
export async function notifyCoordinators(db: PrismaClient, reportId: string, subject: string) {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: { id: true, reference: true, assignee: { select: { email: true, isActive: true } } },
  });
  if (!report) return;
  const settings = await getInstanceSettings(db);
  const recipients = report.assignee?.isActive ? [report.assignee.email] : settings.coordinatorMailboxes;
  for (const to of recipients) {
    await sendMail(db, {
      to,
      subject: `${subject}: ${report.reference}`,
      text: `${subject} för ${report.reference}.\n\nÖppna ärendet: ${env.APP_URL}/inkorg/${report.id}`,
    }).catch((error) => logError("notifyCoordinators", error));
  }
}
