import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { findUserForChange } from "@/lib/users/find-user-for-change";
import type { TUserRef } from "@/lib/users/schemas";
import { AppError } from "@/lib/errors";

/**
 * Stops a user from signing in and ends their open sessions at once (the session version every request checks is
 * bumped). The account and everything it did stay: users are never deleted.
 */
export async function deactivateUser(db: PrismaClient, actor: Actor | null, input: TUserRef) {
  const admin = await assertPermission(db, actor, "admin:manage");
  if (input.userId === admin.id) {
    throw new AppError("INVALID", "Du kan inte avaktivera dig själv. Be en annan administratör.");
  }
  return db.$transaction(async (tx) => {
    const user = await findUserForChange(tx, input.userId);
    if (!user.isActive) return { changed: false };
    await tx.user.update({
      where: { id: user.id },
      data: { isActive: false, sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, {
      action: "USER_DEACTIVATED",
      actorId: admin.id,
      actorLabel: admin.id,
      data: { userId: user.id, isActiveFrom: true, isActiveTo: false },
    });
    return { changed: true };
  });
}
