import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { hashNewPassword } from "@/lib/auth/passwords";
import { AppError } from "@/lib/errors";
import { findPasswordLinkUser } from "@/lib/users/password-link";
import type { TChoosePassword } from "@/lib/users/schemas";

export const PASSWORD_LINK_GONE =
  "Länken gäller inte längre: den har använts, gått ut eller ersatts av en nyare. Be din administratör om en ny.";

/**
 * The user chooses their password through the link an administrator's "Tillåt lösenord igen" mailed them. The
 * link works once (the password replaces it), and any open session ends, as after every new password.
 */
export async function choosePassword(db: PrismaClient, input: TChoosePassword, now = new Date()) {
  const user = await findPasswordLinkUser(db, input.token, now);
  if (!user) throw new AppError("NOT_FOUND", PASSWORD_LINK_GONE);
  const passwordHash = await hashNewPassword(input.password);
  await db.$transaction(async (tx) => {
    // Guarded by the link itself: of two submissions racing, one changes the row.
    const updated = await tx.user.updateMany({
      where: { id: user.id, passwordHash: user.passwordHash },
      data: { passwordHash, ssoOnly: false, sessionVersion: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("NOT_FOUND", PASSWORD_LINK_GONE);
    await writeAudit(tx, {
      action: "USER_PASSWORD_CHOSEN",
      actorId: user.id,
      actorLabel: user.id,
      data: { userId: user.id },
    });
  });
  return { email: user.email };
}
