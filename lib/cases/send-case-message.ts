import type { PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/assert-permission";
import { mutateCase } from "@/lib/cases/case-mutation";
import { notifyReporter } from "@/lib/cases/notify";

/** Återkoppling or a question to the reporter, who reads it on /uppfoljning; the mail carries a link only. */
export async function sendCaseMessage(db: PrismaClient, user: Actor, input: { reportId: string; body: string }) {
  const message = await mutateCase(db, user, input.reportId, async (tx, report) => {
    const created = await tx.message.create({
      data: { reportId: report.id, fromReporter: false, authorId: user.id, body: input.body },
    });
    return { result: created, audit: { action: "CASE_MESSAGE_SENT", data: { messageId: created.id } } };
  });
  await notifyReporter(db, input.reportId);
  return message;
}
