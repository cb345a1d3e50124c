import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

/**
 * The names the detector must never take for a person's: every organisation, area and category, inactive ones
 * too (old cases name them). The same list serves the workbench, saving, approval and the status check, so a
 * finding shown is a finding checked.
 */
export async function detectorAllowList(
  db: Pick<PrismaClient, "organisation" | "area" | "category">,
): Promise<string[]> {
  const [organisations, areas, categories] = await Promise.all([
    db.organisation.findMany({ select: { name: true } }),
    db.area.findMany({ select: { name: true, code: true } }),
    db.category.findMany({ select: { name: true }, distinct: ["name"] }),
  ]);
  return [
    ...new Set([
      ...organisations.map((o) => o.name),
      ...areas.flatMap((a) => [a.name, a.code]),
      ...categories.map((c) => c.name),
    ]),
  ];
}
