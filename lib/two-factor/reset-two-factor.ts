import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { AppError } from "@/lib/errors";
import { makeAccountChange } from "@/lib/privileged-changes/guard";
import type { TUserRef } from "@/lib/users/schemas";

/**
 * An administrator removes a user's second factor (a lost phone): the recovery codes go too, open sessions end,
 * and the user is told by e-mail, so a reset they didn't ask for doesn't go unnoticed. For a coordinator or an
 * administrator it may wait for a second administrator (makeAccountChange).
 */
export async function resetTwoFactor(db: PrismaClient, actor: Actor | null, input: TUserRef) {
  const admin = await assertPermission(db, actor, "admin:manage");
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true } });
  if (!user) throw new AppError("NOT_FOUND", "Användaren finns inte.");
  const result = await makeAccountChange(db, admin, { kind: "TWO_FACTOR_RESET", userId: user.id }, user.role);
  return { isOwnAccount: input.userId === admin.id, pending: !result.applied };
}
