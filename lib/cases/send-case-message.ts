import "server-only";
import type { Prisma, PrismaClient, Report } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/assert-permission";
import { mutateCase, type CaseAudit } from "@/lib/cases/case-mutation";
import { notifyReporter } from "@/lib/cases/notify";

/** The message inside a case mutation (see mutateCase); the caller notifies the reporter after commit. */
export async function writeCaseMessage(
  tx: Prisma.TransactionClient,
  user: Actor,
  report: Report,
  body: string,
) {
  const created = await tx.message.create({
    data: { reportId: report.id, fromReporter: false, authorId: user.id, body },
  });
  const audit: CaseAudit = { action: "CASE_MESSAGE_SENT", data: { messageId: created.id } };
  return { result: created, audit };
}

/** Återkoppling or a question to the reporter, who reads it on /uppfoljning; the mail carries a link only. */
export async function sendCaseMessage(
  db: PrismaClient,
  user: Actor,
  input: { reportId: string; body: string },
) {
  const message = await mutateCase(db, user, input.reportId, (tx, report) =>
    writeCaseMessage(tx, user, report, input.body),
  );
  await notifyReporter(db, input.reportId);
  return message;
}
