import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { hashPassword } from "@/lib/auth/passwords";
import { findUserForChange } from "@/lib/users/find-user-for-change";
import type { TResetUserPassword } from "@/lib/users/schemas";

/**
 * Sets a new password and ends the user's open sessions, so whoever knew the old password is signed out too.
 * The audit row names the user, never the password.
 */
export async function resetUserPassword(db: PrismaClient, actor: Actor | null, input: TResetUserPassword) {
  const admin = await assertPermission(db, actor, "admin:manage");
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const user = await findUserForChange(tx, input.userId);
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, {
      action: "USER_PASSWORD_RESET",
      actorId: admin.id,
      actorLabel: admin.id,
      data: { userId: user.id },
    });
  });
  return { isOwnAccount: input.userId === admin.id };
}
