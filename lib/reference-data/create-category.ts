import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { auditDiff } from "@/lib/audit/audit-diff";
import type { TCreateCategory } from "@/lib/reference-data/schemas";
import { withUniqueMessage } from "@/lib/db/unique-violation";

export async function createCategory(db: PrismaClient, actor: Actor | null, input: TCreateCategory) {
  const admin = await assertPermission(db, actor, "admin:manage");
  return withUniqueMessage(
    () =>
      db.$transaction(async (tx) => {
        const category = await tx.category.create({
          data: input,
          select: { id: true, name: true, year: true },
        });
        await writeAudit(tx, {
          action: "CATEGORY_CHANGED",
          actorId: admin.id,
          actorLabel: admin.id,
          data: { categoryId: category.id, change: "created", ...auditDiff({}, input) },
        });
        return category;
      }),
    `Det finns redan en kategori med det namnet för ${input.year}.`,
  );
}
