import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";

export async function getArea(db: PrismaClient, actor: Actor | null, id: string) {
  await assertPermission(db, actor, "admin:manage");
  return db.area.findUnique({
    where: { id },
    select: { id: true, code: true, name: true, isActive: true, sortOrder: true },
  });
}
