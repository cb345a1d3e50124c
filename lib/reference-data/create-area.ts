import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { auditDiff } from "@/lib/audit/audit-diff";
import type { TCreateArea } from "@/lib/reference-data/schemas";
import { withUniqueMessage } from "@/lib/db/unique-violation";

export async function createArea(db: PrismaClient, actor: Actor | null, input: TCreateArea) {
  const admin = await assertPermission(db, actor, "admin:manage");
  return withUniqueMessage(
    () =>
      db.$transaction(async (tx) => {
        const area = await tx.area.create({ data: input, select: { id: true, name: true } });
        await writeAudit(tx, {
          action: "AREA_CHANGED",
          actorId: admin.id,
          actorLabel: admin.id,
          data: { areaId: area.id, change: "created", ...auditDiff({}, input) },
        });
        return area;
      }),
    "Det finns redan ett område med den koden.",
  );
}
