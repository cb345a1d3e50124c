import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";

export async function getCategory(db: PrismaClient, actor: Actor | null, id: string) {
  await assertPermission(db, actor, "admin:manage");
  const row = await db.category.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      year: true,
      isActive: true,
      sortOrder: true,
      _count: { select: { reports: true } },
    },
  });
  if (!row) return null;
  const { _count, ...category } = row;
  return { ...category, usage: _count.reports };
}
