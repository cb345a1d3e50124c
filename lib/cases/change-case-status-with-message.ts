import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/assert-permission";
import { mutateCase } from "@/lib/cases/case-mutation";
import { writeStatusChange, type StatusChange } from "@/lib/cases/change-case-status";
import { notifyReporter } from "@/lib/cases/notify";
import { writeCaseMessage } from "@/lib/cases/send-case-message";
import { AppError } from "@/lib/errors";

/**
 * A status change from the case page. A rejection may carry a message to the reporter, whose follow-up page
 * points them to the messages for the why: both are written in one transaction, so the case is never
 * rejected without the message the coordinator wrote, and the reporter is told after commit.
 */
export async function changeCaseStatusWithMessage(
  db: PrismaClient,
  user: Actor,
  input: StatusChange & { message: string },
) {
  const message = input.message.trim();
  if (message && input.to !== "AVVISAD") {
    throw new AppError(
      "INVALID",
      "Ett meddelande till rapportören kan bara skickas med när ärendet avvisas.",
    );
  }
  const status = await mutateCase(db, user, input.reportId, async (tx, report) => {
    const changed = await writeStatusChange(tx, report, input);
    if (!message) return changed;
    const sent = await writeCaseMessage(tx, user, report, message);
    return { result: changed.result, audit: [changed.audit, sent.audit] };
  });
  if (message) await notifyReporter(db, input.reportId);
  return status;
}
