import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { CaseStatus } from "@/generated/prisma/enums";
import { writeAudit } from "@/lib/audit/audit-actions";
import { notifyCoordinators } from "@/lib/cases/notify";
import { AppError } from "@/lib/errors";
import { assertWithinAnonymousCaps } from "@/lib/security/anonymous-caps";

const CLOSED_FOR_REPLIES: readonly CaseStatus[] = ["AVIDENTIFIERAD", "AVSLUTAD"];

/** An anonymised or closed case takes no new text from the reporter: it could bring identifying details back. */
export function canReporterReply(status: CaseStatus): boolean {
  return !CLOSED_FOR_REPLIES.includes(status);
}

/**
 * The reporter answers on /uppfoljning; the caller has already resolved the follow-up code to the report. Each
 * reply mails the coordinators, so replies are capped per client and service-wide per hour.
 */
export async function addReporterReply(
  db: PrismaClient,
  input: { reportId: string; body: string; clientKey?: string | null },
  now = new Date(),
) {
  await assertWithinAnonymousCaps(db, "reply", input.clientKey ?? null, now);
  const message = await db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: input.reportId }, select: { status: true } });
    if (!report) throw new AppError("NOT_FOUND", "Rapporten finns inte.");
    if (!canReporterReply(report.status)) {
      throw new AppError(
        "INVALID",
        "Ärendet är avslutat och kan inte få fler svar. Kontakta samordnarna om du vill tillägga något.",
      );
    }
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
