import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Huvudman } from "@/generated/prisma/enums";
import { HUVUDMAN_LABELS } from "@/lib/reports/reference-options";

export interface FilterOption {
  value: string;
  label: string;
}
export interface FilterGroup {
  label: string;
  options: FilterOption[];
}

/**
 * Choices for the inbox's filters. Inactive organisations, areas, categories and coordinators are included:
 * old cases still carry them and must stay findable.
 */
export async function inboxFilterOptions(db: PrismaClient) {
  const [organisations, areas, categories, coordinators, years] = await Promise.all([
    db.organisation.findMany({
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, huvudman: true, isActive: true },
    }),
    db.area.findMany({
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, isActive: true },
    }),
    db.category.findMany({
      orderBy: [{ year: "desc" }, { sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, year: true, isActive: true },
    }),
    db.user.findMany({
      where: { role: "SAMORDNARE" },
      orderBy: { name: "asc" },
      select: { id: true, name: true, isActive: true },
    }),
    db.report.groupBy({ by: ["year"], orderBy: { year: "desc" } }),
  ]);
  const inactive = (isActive: boolean) => (isActive ? "" : " (inaktiv)");
  const organisationGroups: FilterGroup[] = (Object.keys(HUVUDMAN_LABELS) as Huvudman[])
    .map((huvudman) => ({
      label: HUVUDMAN_LABELS[huvudman],
      options: organisations
        .filter((o) => o.huvudman === huvudman)
        .map((o) => ({ value: o.id, label: o.name + inactive(o.isActive) })),
    }))
    .filter((group) => group.options.length > 0);
  const categoryYears = [...new Set(categories.map((c) => c.year))];
  return {
    years: years.map((y) => y.year),
    organisationGroups,
    areas: areas.map((a) => ({ value: a.id, label: a.name + inactive(a.isActive) })),
    // Each year has its own list, so the same name can appear under several years.
    categoryGroups: categoryYears.map((year) => ({
      label: `Kategorier ${year}`,
      options: categories
        .filter((c) => c.year === year)
        .map((c) => ({ value: c.id, label: `${c.name} (${year})${inactive(c.isActive)}` })),
    })),
    coordinators: coordinators.map((u) => ({ value: u.id, label: u.name + inactive(u.isActive) })),
  };
}
