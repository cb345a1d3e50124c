import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Huvudman } from "@/generated/prisma/enums";

export const HUVUDMAN_LABELS: Record<Huvudman, string> = {
  KOMMUN: "Kommuner",
  REGION: "Regionen",
  OVRIG: "Övriga aktörer",
};

/** Active organisations grouped by huvudman, in the order an administrator set. */
export async function organisationGroups(db: PrismaClient) {
  const organisations = await db.organisation.findMany({
    where: { isActive: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, huvudman: true },
  });
  return (Object.keys(HUVUDMAN_LABELS) as Huvudman[])
    .map((huvudman) => ({
      label: HUVUDMAN_LABELS[huvudman],
      options: organisations
        .filter((o) => o.huvudman === huvudman)
        .map((o) => ({ value: o.id, label: o.name })),
    }))
    .filter((group) => group.options.length > 0);
}

export async function areaOptions(db: PrismaClient) {
  const areas = await db.area.findMany({
    where: { isActive: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
  return areas.map((a) => ({ value: a.id, label: a.name }));
}

/** Names for ids stored in a draft, including organisations an administrator has since deactivated. */
export async function referenceNames(db: PrismaClient) {
  const [organisations, areas] = await Promise.all([
    db.organisation.findMany({ select: { id: true, name: true } }),
    db.area.findMany({ select: { id: true, name: true } }),
  ]);
  return {
    organisation: new Map(organisations.map((o) => [o.id, o.name])),
    area: new Map(areas.map((a) => [a.id, a.name])),
  };
}
