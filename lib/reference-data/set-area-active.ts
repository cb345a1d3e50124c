import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import type { TSetActive } from "@/lib/reference-data/schemas";
import { AppError } from "@/lib/errors";

/** Deactivating hides an area from new choices; reports already in it keep it. Areas are never deleted. */
export async function setAreaActive(db: PrismaClient, actor: Actor | null, input: TSetActive) {
  const admin = await assertPermission(db, actor, "admin:manage");
  return db.$transaction(async (tx) => {
    const before = await tx.area.findUnique({ where: { id: input.id }, select: { isActive: true } });
    if (!before) throw new AppError("NOT_FOUND", "Området finns inte.");
    if (before.isActive === input.isActive) return { changed: false };
    await tx.area.update({ where: { id: input.id }, data: { isActive: input.isActive } });
    await writeAudit(tx, {
      action: "AREA_CHANGED",
      actorId: admin.id,
      actorLabel: admin.id,
      data: {
        areaId: input.id,
        change: input.isActive ? "reactivated" : "deactivated",
        isActiveFrom: before.isActive,
        isActiveTo: input.isActive,
      },
    });
    return { changed: true };
  });
}
