import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import type { TSetActive } from "@/lib/reference-data/schemas";
import { AppError } from "@/lib/errors";

/**
 * Deactivating takes a category off the coordinators' choices; reports already classified keep it, so earlier
 * statistics do not change. Categories are never deleted.
 */
export async function setCategoryActive(db: PrismaClient, actor: Actor | null, input: TSetActive) {
  const admin = await assertPermission(db, actor, "admin:manage");
  return db.$transaction(async (tx) => {
    const before = await tx.category.findUnique({
      where: { id: input.id },
      select: { isActive: true, year: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "Kategorin finns inte.");
    if (before.isActive === input.isActive) return { changed: false, year: before.year };
    await tx.category.update({ where: { id: input.id }, data: { isActive: input.isActive } });
    await writeAudit(tx, {
      action: "CATEGORY_CHANGED",
      actorId: admin.id,
      actorLabel: admin.id,
      data: {
        categoryId: input.id,
        year: before.year,
        change: input.isActive ? "reactivated" : "deactivated",
        isActiveFrom: before.isActive,
        isActiveTo: input.isActive,
      },
    });
    return { changed: true, year: before.year };
  });
}
