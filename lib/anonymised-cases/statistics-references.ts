import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { StatisticsReference } from "@/lib/statistics/types";

/**
 * Each year's reference lists for the statistics: the year's active root-cause categories in their order, so a
 * category no brist had still gets its row (of 0). Reference data only; call after the permission check.
 */
export async function getStatisticsReferences(
  db: Pick<PrismaClient, "category">,
  years: readonly number[],
): Promise<Record<number, StatisticsReference>> {
  const categories = await db.category.findMany({
    where: { year: { in: [...years] }, isActive: true },
    orderBy: [{ year: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, year: true },
  });
  return Object.fromEntries(
    years.map((year) => [
      year,
      { categories: categories.filter((c) => c.year === year).map(({ id, name }) => ({ id, name })) },
    ]),
  );
}
