import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";

/** One year's root-cause categories with how many reports each has, and every year that has a list. */
export async function listCategories(db: PrismaClient, actor: Actor | null, year: number) {
  await assertPermission(db, actor, "admin:manage");
  const [rows, years] = await Promise.all([
    db.category.findMany({
      where: { year },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        year: true,
        isActive: true,
        sortOrder: true,
        _count: { select: { reports: true } },
      },
    }),
    db.category.groupBy({ by: ["year"], orderBy: { year: "asc" } }),
  ]);
  return {
    years: years.map((row) => row.year),
    categories: rows.map(({ _count, ...row }) => ({ ...row, usage: _count.reports })),
  };
}
