import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";

/** All areas, active or not, with how many reports are in each. */
export async function listAreas(db: PrismaClient, actor: Actor | null) {
  await assertPermission(db, actor, "admin:manage");
  const rows = await db.area.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      isActive: true,
      sortOrder: true,
      _count: { select: { reports: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, usage: _count.reports }));
}
