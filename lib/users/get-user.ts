import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";

/** One staff account for the edit page, or null. */
export async function getUser(db: PrismaClient, actor: Actor | null, userId: string) {
  await assertPermission(db, actor, "admin:manage");
  return db.user.findUnique({
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
    },
  });
}
