import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { notifyCoordinators } from "@/lib/cases/notify";
import { OVERDUE_LABELS, overdueReasons } from "@/lib/cases/overdue";
import { getReminderSettings } from "@/lib/settings/reminder-settings";

const REMIND_AGAIN_DAYS = 7;

/**
 * Reminds the assignee (or the coordinators' mailboxes) of overdue cases, at most once a week per case.
 * Run daily (`npm run reminders`); safe to run more often.
 */
export async function sendReminders(db: PrismaClient, now = new Date()): Promise<number> {
  const settings = await getReminderSettings(db);
  const candidates = await db.report.findMany({
    where: {
      status: { in: ["INKOMMEN", "REGISTRERAD", "UNDER_HANDLAGGNING"] },
      OR: [
        { lastReminderAt: null },
        { lastReminderAt: { lt: new Date(now.getTime() - REMIND_AGAIN_DAYS * 86_400_000) } },
      ],
    },
    select: {
      id: true,
      status: true,
      submittedAt: true,
      dialogueHeld: true,
      messages: { where: { fromReporter: false }, select: { id: true }, take: 1 },
    },
  });
  let sent = 0;
  for (const report of candidates) {
    const reasons = overdueReasons(
      { ...report, hasCoordinatorMessage: report.messages.length > 0 },
      settings,
      now,
    );
    if (reasons.length === 0) continue;
    await db.$transaction(async (tx) => {
      await tx.report.update({ where: { id: report.id }, data: { lastReminderAt: now } });
      await writeAudit(tx, {
        action: "REMINDER_SENT",
        actorLabel: "System",
        reportId: report.id,
        data: { reasons: reasons.join(",") },
      });
    });
    await notifyCoordinators(
      db,
      report.id,
      `Påminnelse: ${reasons.map((r) => OVERDUE_LABELS[r].toLowerCase()).join(", ")}`,
    );
    sent++;
  }
  return sent;
}
