import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";

/** All organisations, active or not, with how many reports name them (as reporter or samverkanspart). */
export async function listOrganisations(db: PrismaClient, actor: Actor | null) {
  await assertPermission(db, actor, "admin:manage");
  const rows = await db.organisation.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      huvudman: true,
      isActive: true,
      sortOrder: true,
      _count: { select: { reports: true, partnerOf: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, usage: _count.reports + _count.partnerOf }));
}
