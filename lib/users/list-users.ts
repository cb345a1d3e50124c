import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";

/** Every staff account, active first; deactivated accounts stay listed because their history does. */
export async function listUsers(db: PrismaClient, actor: Actor | null) {
  await assertPermission(db, actor, "admin:manage");
  return db.user.findMany({
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      isActive: true,
      createdAt: true,
      lastLoginAt: true,
    },
  });
}
