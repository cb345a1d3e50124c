import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { notifyCoordinators } from "@/lib/cases/notify";

/** The reporter answers on /uppfoljning; the caller has already resolved the follow-up code to the report. */
export async function addReporterReply(db: PrismaClient, input: { reportId: string; body: string }, now = new Date()) {
  const message = await db.$transaction(async (tx) => {
    const created = await tx.message.create({
      data: { reportId: input.reportId, fromReporter: true, body: input.body, createdAt: now },
    });
    await tx.report.update({ where: { id: input.reportId }, data: { lastActivityAt: now } });
    await writeAudit(tx, {
      action: "FOLLOW_UP_REPLY",
      actorLabel: "Rapportör",
      reportId: input.reportId,
      data: { messageId: created.id },
    });
    return created;
  });
  await notifyCoordinators(db, input.reportId, "Rapportören har svarat");
  return message;
}
