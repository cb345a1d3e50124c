import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { isPasswordLink } from "@/lib/users/password-link";

/**
 * One staff account for the edit page, or null. `password` says whether it has one: "SET", "LINK" (a link to
 * choose one was mailed and not used yet) or "NONE"; never the hash.
 */
export async function getUser(db: PrismaClient, actor: Actor | null, userId: string) {
  await assertPermission(db, actor, "admin:manage");
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      isActive: true,
      createdAt: true,
      lastLoginAt: true,
      totpEnabledAt: true,
      ssoOnly: true,
      passwordHash: true,
    },
  });
  if (!user) return null;
  const { passwordHash, ...rest } = user;
  const password = passwordHash === "" ? "NONE" : isPasswordLink(passwordHash) ? "LINK" : "SET";
  return { ...rest, password } as const;
}
