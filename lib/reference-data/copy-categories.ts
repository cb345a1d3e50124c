import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import type { TCopyCategories } from "@/lib/reference-data/schemas";
import { AppError } from "@/lib/errors";

/**
 * Starts a year's list as a copy of another year's active categories. Categories the target year already has (by
 * name) are left as they are, so copying twice creates nothing new; the source year is untouched.
 */
export async function copyCategories(db: PrismaClient, actor: Actor | null, input: TCopyCategories) {
  const admin = await assertPermission(db, actor, "admin:manage");
  return db.$transaction(async (tx) => {
    const source = await tx.category.findMany({
      where: { year: input.fromYear, isActive: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { name: true, sortOrder: true },
    });
    if (source.length === 0) {
      throw new AppError("INVALID", `${input.fromYear} har inga aktiva kategorier att kopiera.`);
    }
    const { count } = await tx.category.createMany({
      data: source.map((category) => ({ ...category, year: input.toYear })),
      skipDuplicates: true,
    });
    if (count > 0) {
      await writeAudit(tx, {
        action: "CATEGORY_CHANGED",
        actorId: admin.id,
        actorLabel: admin.id,
        data: { change: "copied", fromYear: input.fromYear, toYear: input.toYear, created: count },
      });
    }
    return { created: count, skipped: source.length - count };
  });
}
