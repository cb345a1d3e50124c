import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { AppError } from "@/lib/errors";
import { makeAccountChange } from "@/lib/privileged-changes/guard";
import { isPasswordLink } from "@/lib/users/password-link";
import type { TUserRef } from "@/lib/users/schemas";

/**
 * "Tillåt lösenord igen": switches "Endast SSO" off without an administrator choosing the password. The account
 * may sign in with a password again, and the user gets a link to choose their own (lib/users/password-link.ts).
 * Also for an account whose link has not been used (a new link replaces it). It gives the account a way in, so
 * it is a password reset for the rules of privileged changes: a second administrator approves it when the account
 * reads case content or administers and the instance has two or more administrators.
 */
export async function allowPasswordSignIn(db: PrismaClient, actor: Actor | null, input: TUserRef) {
  const admin = await assertPermission(db, actor, "admin:manage");
  if (input.userId === admin.id) {
    throw new AppError("INVALID", "Du kan inte ändra hur du själv loggar in. Be en annan administratör.");
  }
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { id: true, role: true, isActive: true, ssoOnly: true, passwordHash: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "Användaren finns inte.");
  if (!user.isActive) {
    throw new AppError("INVALID", "Kontot är avaktiverat. Aktivera det först.");
  }
  const hasPassword = user.passwordHash !== "" && !isPasswordLink(user.passwordHash);
  if (!user.ssoOnly && hasPassword) {
    throw new AppError("INVALID", "Kontot kan redan logga in med lösenord. Byt lösenordet ovan i stället.");
  }
  const result = await makeAccountChange(
    db,
    admin,
    { kind: "PASSWORD_RESET", userId: user.id, passwordHash: null },
    user.role,
  );
  return { pending: !result.applied };
}
