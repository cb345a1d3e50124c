import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { makeAccountChange } from "@/lib/privileged-changes/guard";
import type { TChangeUserRole } from "@/lib/users/schemas";
import { AppError } from "@/lib/errors";

/**
 * Gives a user another role. It takes effect at the user's next request: every request reads the role from the
 * database. An administrator cannot change their own role, so the service always keeps an administrator. Giving
 * SAMORDNARE or ADMIN may wait for a second administrator (makeAccountChange).
 */
export async function changeUserRole(db: PrismaClient, actor: Actor | null, input: TChangeUserRole) {
  const admin = await assertPermission(db, actor, "admin:manage");
  if (input.userId === admin.id) {
    throw new AppError("INVALID", "Du kan inte ändra din egen roll. Be en annan administratör.");
  }
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true } });
  if (!user) throw new AppError("NOT_FOUND", "Användaren finns inte.");
  if (user.role === input.role) return { changed: false, pending: false };
  const result = await makeAccountChange(
    db,
    admin,
    { kind: "ROLE_CHANGE", userId: user.id, roleTo: input.role },
    user.role,
  );
  return { changed: result.applied, pending: !result.applied };
}
