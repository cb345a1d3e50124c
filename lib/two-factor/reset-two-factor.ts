import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/send-mail";
import { findUserForChange } from "@/lib/users/find-user-for-change";
import type { TUserRef } from "@/lib/users/schemas";

/**
 * An administrator removes a user's second factor (a lost phone): the recovery codes go too, open sessions end,
 * and the user is told by e-mail, so a reset they didn't ask for doesn't go unnoticed.
 */
export async function resetTwoFactor(db: PrismaClient, actor: Actor | null, input: TUserRef) {
  const admin = await assertPermission(db, actor, "admin:manage");
  const email = await db.$transaction(async (tx) => {
    const user = await findUserForChange(tx, input.userId);
    const updated = await tx.user.update({
      where: { id: user.id },
      data: {
        totpSecret: null,
        totpPendingSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
        sessionVersion: { increment: 1 },
      },
      select: { email: true },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await writeAudit(tx, {
      action: "TWO_FACTOR_RESET",
      actorId: admin.id,
      actorLabel: admin.id,
      data: { userId: user.id },
    });
    return updated.email;
  });
  await sendMail(db, {
    to: email,
    subject: "Din tvåstegsverifiering har återställts",
    text: [
      "En administratör har återställt tvåstegsverifieringen för ditt konto i Brister i samverkan.",
      "Dina gamla reservkoder gäller inte längre. Nästa gång du loggar in kopplar du en autentiseringsapp igen:",
      `${env.APP_URL}/konto/tvastegsverifiering`,
      "",
      "Har du inte bett om det? Kontakta din administratör direkt.",
    ].join("\n"),
  });
  return { isOwnAccount: input.userId === admin.id };
}
