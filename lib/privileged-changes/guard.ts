import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { writeAudit } from "@/lib/audit/audit-actions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/send-mail";
import { approvalPath, isPrivilegedChange } from "@/lib/privileged-changes/approval";
import {
  afterAccountChange,
  applyAccountChange,
  type AccountChange,
} from "@/lib/privileged-changes/apply-change";
import { getInstanceSettings } from "@/lib/settings/instance-settings";

const CHANGE_TEXT: Record<AccountChange["kind"], string> = {
  ROLE_CHANGE: "fått en ny roll",
  PASSWORD_RESET: "fått ett nytt lösenord",
  TWO_FACTOR_RESET: "fått sin tvåstegsverifiering återställd",
};

/**
 * Every account change goes through here. An ordinary one is made at once. A privileged one (see
 * isPrivilegedChange) waits for a second administrator when the instance has two or more active ones; with a single
 * administrator it is made, flagged for the loggkontroll and announced to the coordinators' role mailboxes.
 */
export async function makeAccountChange(
  db: PrismaClient,
  admin: { id: string },
  change: AccountChange,
  targetRole: Role,
  now = new Date(),
): Promise<{ applied: true } | { applied: false; requestId: string }> {
  const privileged = isPrivilegedChange(
    change.kind === "ROLE_CHANGE"
      ? { kind: "ROLE_CHANGE", roleTo: change.roleTo }
      : { kind: change.kind, targetRole },
  );
  const path = privileged
    ? approvalPath(await db.user.count({ where: { role: "ADMIN", isActive: true } }))
    : null;

  if (path === "REQUEST_APPROVAL") {
    const request = await db.$transaction(async (tx) => {
      const created = await tx.privilegedChangeRequest.create({
        data: {
          kind: change.kind,
          targetUserId: change.userId,
          roleTo: change.kind === "ROLE_CHANGE" ? change.roleTo : null,
          passwordHash: change.kind === "PASSWORD_RESET" ? change.passwordHash : null,
          requestedById: admin.id,
          requestedAt: now,
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        action: "PRIVILEGED_CHANGE_REQUESTED",
        actorId: admin.id,
        actorLabel: admin.id,
        data: { requestId: created.id, kind: change.kind, userId: change.userId },
      });
      return created;
    });
    return { applied: false, requestId: request.id };
  }

  await db.$transaction(async (tx) => {
    await applyAccountChange(tx, admin.id, change);
    if (path === "APPLY_WITH_NOTICE") {
      await writeAudit(tx, {
        action: "PRIVILEGED_CHANGE_UNAPPROVED",
        actorId: admin.id,
        actorLabel: admin.id,
        data: { kind: change.kind, userId: change.userId },
      });
    }
  });
  await afterAccountChange(db, change);
  if (path === "APPLY_WITH_NOTICE") await announceUnapprovedChange(db, change);
  return { applied: true };
}

/** The coordinators hear of it: with a single administrator nobody else would. Names, never passwords. */
async function announceUnapprovedChange(db: PrismaClient, change: AccountChange) {
  const [settings, user] = await Promise.all([
    getInstanceSettings(db),
    db.user.findUniqueOrThrow({ where: { id: change.userId }, select: { name: true, role: true } }),
  ]);
  for (const to of settings.coordinatorMailboxes) {
    await sendMail(db, {
      to,
      subject: "Ändring av behörighet utan en andra administratör",
      text: [
        `${user.name} (${ROLE_LABELS[user.role]}) har ${CHANGE_TEXT[change.kind]} i ${settings.serviceName}.`,
        "Tjänsten har bara en aktiv administratör, så ingen annan har godkänt ändringen. Den är markerad i loggkontrollen.",
        "Känner ni inte till ändringen? Kontakta den som ansvarar för tjänsten.",
        `${env.APP_URL}/admin/loggkontroll`,
      ].join("\n"),
    });
  }
}
