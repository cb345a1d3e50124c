import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { hashNewPassword } from "@/lib/auth/passwords";
import { AppError } from "@/lib/errors";
import { makeAccountChange } from "@/lib/privileged-changes/guard";
import type { TResetUserPassword } from "@/lib/users/schemas";

/**
 * Sets a new password and ends the user's open sessions, so whoever knew the old password is signed out too.
 * The audit row names the user, never the password.
 */
export async function resetUserPassword(db: PrismaClient, actor: Actor | null, input: TResetUserPassword) {
  const admin = await assertPermission(db, actor, "admin:manage");
  const passwordHash = await hashNewPassword(input.password);
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true } });
  if (!user) throw new AppError("NOT_FOUND", "Användaren finns inte.");
  const result = await makeAccountChange(
    db,
    admin,
    { kind: "PASSWORD_RESET", userId: user.id, passwordHash },
    user.role,
  );
  return { isOwnAccount: input.userId === admin.id, pending: !result.applied };
}
