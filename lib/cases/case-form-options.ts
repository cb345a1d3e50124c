import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Choices on a case page: active coordinators to assign, the case year's categories (active ones plus those
 * already chosen, so deactivating a category never silently drops it) and the areas (likewise). The names of
 * all of them, inactive too, let the timeline say what a classification changed.
 */
export async function caseFormOptions(
  db: PrismaClient,
  report: { year: number; categoryIds: string[]; areaIds: string[]; assigneeId: string | null },
) {
  const [coordinators, categories, areas] = await Promise.all([
    db.user.findMany({
      where: {
        role: "SAMORDNARE",
        OR: [{ isActive: true }, ...(report.assigneeId ? [{ id: report.assigneeId }] : [])],
      },
      orderBy: { name: "asc" },
      select: { id: true, name: true, isActive: true },
    }),
    db.category.findMany({
      where: { year: report.year },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, isActive: true },
    }),
    db.area.findMany({
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, isActive: true },
    }),
  ]);
  const label = (name: string, isActive: boolean) => (isActive ? name : `${name} (inaktiv)`);
  const offered = (chosen: string[]) => (item: { id: string; isActive: boolean }) =>
    item.isActive || chosen.includes(item.id);
  return {
    coordinators: coordinators.map((u) => ({
      value: u.id,
      label: label(u.name, u.isActive),
      isActive: u.isActive,
    })),
    categories: categories
      .filter(offered(report.categoryIds))
      .map((c) => ({ value: c.id, label: label(c.name, c.isActive) })),
    areas: areas
      .filter(offered(report.areaIds))
      .map((a) => ({ value: a.id, label: label(a.name, a.isActive) })),
    categoryNames: Object.fromEntries(categories.map((c) => [c.id, c.name])) as Record<string, string>,
    areaNames: Object.fromEntries(areas.map((a) => [a.id, a.name])) as Record<string, string>,
  };
}
