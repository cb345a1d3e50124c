import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { auditDiff } from "@/lib/audit/audit-diff";
import type { TUpdateCategory } from "@/lib/reference-data/schemas";
import { withUniqueMessage } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";

/**
 * Renames a category or moves it in the list. Reports point at the category, so they show the new name; to change
 * the list for a coming year without touching earlier years, change that year's own copy.
 */
export async function updateCategory(db: PrismaClient, actor: Actor | null, input: TUpdateCategory) {
  const admin = await assertPermission(db, actor, "admin:manage");
  const { id, ...fields } = input;
  return withUniqueMessage(
    () =>
      db.$transaction(async (tx) => {
        const before = await tx.category.findUnique({
          where: { id },
          select: { name: true, sortOrder: true, year: true },
        });
        if (!before) throw new AppError("NOT_FOUND", "Kategorin finns inte.");
        const diff = auditDiff({ name: before.name, sortOrder: before.sortOrder }, fields);
        if (Object.keys(diff).length === 0) return { changed: false, year: before.year };
        await tx.category.update({ where: { id }, data: fields });
        await writeAudit(tx, {
          action: "CATEGORY_CHANGED",
          actorId: admin.id,
          actorLabel: admin.id,
          data: { categoryId: id, year: before.year, change: "updated", ...diff },
        });
        return { changed: true, year: before.year };
      }),
    "Det finns redan en kategori med det namnet det året.",
  );
}
