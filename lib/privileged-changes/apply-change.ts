import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { writeAudit } from "@/lib/audit/audit-actions";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/send-mail";

/** A change to an account as an operation makes it, or as an approved request makes it later. */
export type AccountChange =
  | { kind: "ACCOUNT_ACTIVATION"; userId: string }
  | { kind: "ROLE_CHANGE"; userId: string; roleTo: Role }
  | { kind: "PASSWORD_RESET"; userId: string; passwordHash: string }
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

/** After the change is saved: a user whose second factor was reset is told, so a reset they didn't ask for shows. */
export async function afterAccountChange(db: PrismaClient, change: AccountChange) {
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
