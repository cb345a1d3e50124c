import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
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
  ACCOUNT_ACTIVATION: "fått ett nytt konto",
  ROLE_CHANGE: "fått en ny roll",
  PASSWORD_RESET: "fått ett nytt lösenord",
  TWO_FACTOR_RESET: "fått sin tvåstegsverifiering återställd",
};

const changeText = (change: AccountChange) =>
  change.kind === "PASSWORD_RESET" && change.passwordHash === null
    ? "fått lösenordsinloggning igen (en länk för att välja lösenord)"
    : CHANGE_TEXT[change.kind];

/** Which way a change goes: null (ordinary, made at once), or the approval path for a privileged one. */
export async function planAccountChange(db: PrismaClient, change: AccountChange, targetRole: Role) {
  const privileged = isPrivilegedChange(
    change.kind === "ROLE_CHANGE"
      ? { kind: "ROLE_CHANGE", roleTo: change.roleTo }
      : change.kind === "ACCOUNT_ACTIVATION"
        ? { kind: "ACCOUNT_ACTIVATION", roleTo: targetRole }
        : { kind: change.kind, targetRole },
  );
  return privileged ? approvalPath(await db.user.count({ where: { role: "ADMIN", isActive: true } })) : null;
}

/** Keeps the change as a request for a second administrator. */
export async function requestAccountChange(
  db: PrismaClient,
  admin: { id: string },
  change: AccountChange,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
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
}

/** The loggkontroll's flag for a privileged change made by a single administrator, in the change's transaction. */
export function flagUnapprovedChange(
  tx: Prisma.TransactionClient,
  admin: { id: string },
  change: AccountChange,
) {
  return writeAudit(tx, {
    action: "PRIVILEGED_CHANGE_UNAPPROVED",
    actorId: admin.id,
    actorLabel: admin.id,
    data: { kind: change.kind, userId: change.userId },
  });
}

/**
 * Every change to an existing account goes through here. An ordinary one is made at once. A privileged one (see
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
  const path = await planAccountChange(db, change, targetRole);
  if (path === "REQUEST_APPROVAL") {
    const request = await requestAccountChange(db, admin, change, now);
    return { applied: false, requestId: request.id };
  }
  await db.$transaction(async (tx) => {
    await applyAccountChange(tx, admin.id, change);
    if (path === "APPLY_WITH_NOTICE") await flagUnapprovedChange(tx, admin, change);
  });
  await afterAccountChange(db, change);
  if (path === "APPLY_WITH_NOTICE") await announceUnapprovedChange(db, change);
  return { applied: true };
}

/** The coordinators hear of it: with a single administrator nobody else would. Names, never passwords. */
export async function announceUnapprovedChange(db: PrismaClient, change: AccountChange) {
  const [settings, user] = await Promise.all([
    getInstanceSettings(db),
    db.user.findUniqueOrThrow({ where: { id: change.userId }, select: { name: true, role: true } }),
  ]);
  for (const to of settings.coordinatorMailboxes) {
    await sendMail(db, {
      to,
      subject: "Ändring av behörighet utan en andra administratör",
      text: [
        `${user.name} (${ROLE_LABELS[user.role]}) har ${changeText(change)} i ${settings.serviceName}.`,
        "Tjänsten har bara en aktiv administratör, så ingen annan har godkänt ändringen. Den är markerad i loggkontrollen.",
        "Känner ni inte till ändringen? Kontakta den som ansvarar för tjänsten.",
        `${env.APP_URL}/admin/loggkontroll`,
      ].join("\n"),
    });
  }
}
