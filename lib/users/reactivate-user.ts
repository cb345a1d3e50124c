import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { findUserForChange } from "@/lib/users/find-user-for-change";
import type { TUserRef } from "@/lib/users/schemas";

/** Lets a deactivated user sign in again, with their old password and role. */
export async function reactivateUser(db: PrismaClient, actor: Actor | null, input: TUserRef) {
  const admin = await assertPermission(db, actor, "admin:manage");
  return db.$transaction(async (tx) => {
    const user = await findUserForChange(tx, input.userId);
    if (user.isActive) return { changed: false };
    await tx.user.update({ where: { id: user.id }, data: { isActive: true } });
    await writeAudit(tx, {
      action: "USER_UPDATED",
      actorId: admin.id,
      actorLabel: admin.id,
      data: { userId: user.id, isActiveFrom: false, isActiveTo: true },
    });
    return { changed: true };
  });
}
