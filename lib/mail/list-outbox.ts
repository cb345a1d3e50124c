import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { maskEmail } from "@/lib/mail/mask-email";
import { getInstanceSettings } from "@/lib/settings/instance-settings";

export const OUTBOX_PAGE_SIZE = 25;

/**
 * One page of the mail the service produced, newest first: kept unsent when SMTP is not configured, and as a
 * record when it is. The mails hold addresses and links, so each read is audited. The administrator has no
 * access to case content: recipients are masked, so the page never tells who reported what; only the
 * coordinators' role mailboxes, which are no one's personal address, are shown in full. A link to choose a
 * password is shown only while its mail is unsent (to forward by hand): once sent, it is the user's alone.
 */
export async function listOutbox(db: PrismaClient, actor: Actor | null, options: { page: number }) {
  const admin = await assertPermission(db, actor, "admin:manage");
  return db.$transaction(async (tx) => {
    const [total, unsent] = await Promise.all([
      tx.outboxMail.count(),
      tx.outboxMail.count({ where: { sentAt: null } }),
    ]);
    const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
    const page = Math.min(options.page, pageCount);
    const mails = await tx.outboxMail.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
    });
    await writeAudit(tx, {
      action: "OUTBOX_VIEWED",
      actorId: admin.id,
      actorLabel: admin.id,
      data: { page, shown: mails.length },
    });
    const { coordinatorMailboxes } = await getInstanceSettings(tx);
    const shown = mails.map((mail) => ({
      ...mail,
      to: coordinatorMailboxes.includes(mail.to) ? mail.to : maskEmail(mail.to),
      body: mail.sentAt
        ? mail.body.replace(/\/valj-losenord\/[A-Za-z0-9_-]+/g, "/valj-losenord/…")
        : mail.body,
    }));
    return { total, unsent, page, pageCount, mails: shown };
  });
}
