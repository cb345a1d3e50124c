import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { findUserForChange } from "@/lib/users/find-user-for-change";
import type { TUserRef } from "@/lib/users/schemas";

/**
 * "Endast SSO": the account signs in only through the organisation's single sign-on. Its password is removed
 * (the hash emptied, so it matches nothing) and the sessions opened with it end. It takes a sign-in method away,
 * so it needs no second administrator; setting a new password (reset, approved as usual) gives it back.
 */
export async function makeSsoOnly(
  db: PrismaClient,
  actor: Actor | null,
  input: TUserRef,
  ssoConfigured = env.OIDC_ENABLED,
) {
  const admin = await assertPermission(db, actor, "admin:manage");
  if (!ssoConfigured) {
    throw new AppError("INVALID", "Inloggning via organisationens konto (OIDC) är inte inställd.");
  }
  if (input.userId === admin.id) {
    throw new AppError("INVALID", "Du kan inte ändra hur du själv loggar in. Be en annan administratör.");
  }
  return db.$transaction(async (tx) => {
    const user = await findUserForChange(tx, input.userId);
    const current = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { ssoOnly: true } });
    if (current.ssoOnly) return { changed: false };
    await tx.user.update({
      where: { id: user.id },
      data: { ssoOnly: true, passwordHash: "", sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, {
      action: "USER_UPDATED",
      actorId: admin.id,
      actorLabel: admin.id,
      data: { userId: user.id, ssoOnlyFrom: false, ssoOnlyTo: true },
    });
    return { changed: true };
  });
}
