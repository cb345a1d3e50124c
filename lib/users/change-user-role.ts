import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { findUserForChange } from "@/lib/users/find-user-for-change";
import type { TChangeUserRole } from "@/lib/users/schemas";
import { AppError } from "@/lib/errors";

/**
 * Gives a user another role. It takes effect at the user's next request: every request reads the role from the
 * database. An administrator cannot change their own role, so the service always keeps an administrator.
 */
export async function changeUserRole(db: PrismaClient, actor: Actor | null, input: TChangeUserRole) {
  const admin = await assertPermission(db, actor, "admin:manage");
  if (input.userId === admin.id) {
    throw new AppError("INVALID", "Du kan inte ändra din egen roll. Be en annan administratör.");
  }
  return db.$transaction(async (tx) => {
    const user = await findUserForChange(tx, input.userId);
    if (user.role === input.role) return { changed: false };
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    await writeAudit(tx, {
      action: "USER_UPDATED",
      actorId: admin.id,
      actorLabel: admin.id,
      data: { userId: user.id, roleFrom: user.role, roleTo: input.role },
    });
    return { changed: true };
  });
}
