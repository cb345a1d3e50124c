import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { writeAudit } from "@/lib/audit/audit-actions";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/send-mail";
import { issuePasswordLink, PASSWORD_LINK_DAYS } from "@/lib/users/password-link";

/** A change to an account as an operation makes it, or as an approved request makes it later. */
export type AccountChange =
  | { kind: "ACCOUNT_ACTIVATION"; userId: string }
  | { kind: "ROLE_CHANGE"; userId: string; roleTo: Role }
  /**
   * A new password: its hash when an administrator chose it, or null when the user chooses it through a link
   * mailed to them ("Tillåt lösenord igen" for an SSO-only account).
   */
  | { kind: "PASSWORD_RESET"; userId: string; passwordHash: string | null }
  | { kind: "TWO_FACTOR_RESET"; userId: string };

/** Makes the change and writes its audit row, inside the caller's transaction; `actorId` is who asked for it. */
export async function applyAccountChange(
  tx: Prisma.TransactionClient,
  actorId: string,
  change: AccountChange,
) {
  switch (change.kind) {
    case "ACCOUNT_ACTIVATION":
      await tx.user.update({ where: { id: change.userId }, data: { isActive: true } });
      await writeAudit(tx, {
        action: "USER_UPDATED",
        actorId,
        actorLabel: actorId,
        data: { userId: change.userId, isActiveFrom: false, isActiveTo: true },
      });
      return;
    case "ROLE_CHANGE": {
      const user = await tx.user.findUniqueOrThrow({ where: { id: change.userId }, select: { role: true } });
      await tx.user.update({ where: { id: change.userId }, data: { role: change.roleTo } });
      await writeAudit(tx, {
        action: "USER_UPDATED",
        actorId,
        actorLabel: actorId,
        data: { userId: change.userId, roleFrom: user.role, roleTo: change.roleTo },
      });
      return;
    }
    case "PASSWORD_RESET":
      if (change.passwordHash === null) {
        // Password sign-in is allowed again; the link to choose the password is issued and mailed once saved.
        const user = await tx.user.findUniqueOrThrow({
          where: { id: change.userId },
          select: { ssoOnly: true },
        });
        await tx.user.update({ where: { id: change.userId }, data: { ssoOnly: false, passwordHash: "" } });
        if (user.ssoOnly) {
          await writeAudit(tx, {
            action: "USER_UPDATED",
            actorId,
            actorLabel: actorId,
            data: { userId: change.userId, ssoOnlyFrom: true, ssoOnlyTo: false },
          });
        }
        await writeAudit(tx, {
          action: "USER_PASSWORD_LINK_SENT",
          actorId,
          actorLabel: actorId,
          data: { userId: change.userId },
        });
        return;
      }
      await tx.user.update({
        where: { id: change.userId },
        // A new password gives an SSO-only account its password sign-in back.
        data: { passwordHash: change.passwordHash, ssoOnly: false, sessionVersion: { increment: 1 } },
      });
      await writeAudit(tx, {
        action: "USER_PASSWORD_RESET",
        actorId,
        actorLabel: actorId,
        data: { userId: change.userId },
      });
      return;
    case "TWO_FACTOR_RESET":
      await tx.user.update({
        where: { id: change.userId },
        data: {
          totpSecret: null,
          totpPendingSecret: null,
          totpEnabledAt: null,
          totpLastStep: null,
          sessionVersion: { increment: 1 },
        },
      });
      await tx.recoveryCode.deleteMany({ where: { userId: change.userId } });
      await writeAudit(tx, {
        action: "TWO_FACTOR_RESET",
        actorId,
        actorLabel: actorId,
        data: { userId: change.userId },
      });
      return;
  }
}

/**
 * After the change is saved: a user whose second factor was reset is told, so a reset they didn't ask for shows;
 * a user allowed to sign in with a password again gets the link to choose it.
 */
export async function afterAccountChange(db: PrismaClient, change: AccountChange) {
  if (change.kind === "PASSWORD_RESET" && change.passwordHash === null) {
    await mailPasswordLink(db, change.userId);
    return;
  }
  if (change.kind !== "TWO_FACTOR_RESET") return;
  const user = await db.user.findUniqueOrThrow({ where: { id: change.userId }, select: { email: true } });
  await sendMail(db, {
    to: user.email,
    subject: "Din tvåstegsverifiering har återställts",
    text: [
      "En administratör har återställt tvåstegsverifieringen för ditt konto i Brister i samverkan.",
      "Dina gamla reservkoder gäller inte längre. Nästa gång du loggar in kopplar du en autentiseringsapp igen:",
      `${env.APP_URL}/konto/tvastegsverifiering`,
      "",
      "Har du inte bett om det? Kontakta din administratör direkt.",
    ].join("\n"),
  });
}

/** Issues a link to choose a password and mails it to the user; an earlier link stops working. */
export async function mailPasswordLink(db: PrismaClient, userId: string, now = new Date()) {
  const { token } = await issuePasswordLink(db, userId, now);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  await sendMail(db, {
    to: user.email,
    subject: "Välj ett lösenord",
    text: [
      "En administratör har gett ditt konto i Brister i samverkan möjlighet att logga in med lösenord igen.",
      `Välj ditt lösenord med länken nedan. Den fungerar en gång och gäller i ${PASSWORD_LINK_DAYS} dagar:`,
      `${env.APP_URL}/valj-losenord/${token}`,
      "",
      "Har du inte bett om det? Kontakta din administratör direkt.",
    ].join("\n"),
  });
}
