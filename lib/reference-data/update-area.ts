import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { auditDiff } from "@/lib/audit/audit-diff";
import type { TUpdateArea } from "@/lib/reference-data/schemas";
import { AppError } from "@/lib/errors";

/** Renames an area or moves it in the lists; its code and the reports in it stay. */
export async function updateArea(db: PrismaClient, actor: Actor | null, input: TUpdateArea) {
  const admin = await assertPermission(db, actor, "admin:manage");
  const { id, ...fields } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.area.findUnique({ where: { id }, select: { name: true, sortOrder: true } });
    if (!before) throw new AppError("NOT_FOUND", "Området finns inte.");
    const diff = auditDiff(before, fields);
    if (Object.keys(diff).length === 0) return { changed: false };
    await tx.area.update({ where: { id }, data: fields });
    await writeAudit(tx, {
      action: "AREA_CHANGED",
      actorId: admin.id,
      actorLabel: admin.id,
      data: { areaId: id, change: "updated", ...diff },
    });
    return { changed: true };
  });
}
