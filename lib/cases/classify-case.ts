import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/assert-permission";
import { mutateCase } from "@/lib/cases/case-mutation";
import { AppError } from "@/lib/errors";

/**
 * Sets the root-cause categories and areas. Categories must belong to the case's year; categories already on
 * the case stay valid even if an administrator has since deactivated them, so history is never lost.
 */
export async function classifyCase(
  db: PrismaClient,
  user: Actor,
  input: { reportId: string; categoryIds: string[]; areaIds: string[] },
) {
  return mutateCase(db, user, input.reportId, async (tx, report) => {
    const current = await tx.reportCategory.findMany({
      where: { reportId: report.id },
      select: { categoryId: true },
    });
    const currentIds = new Set(current.map((c) => c.categoryId));
    const categoryIds = [...new Set(input.categoryIds)];
    const areaIds = [...new Set(input.areaIds)];
    const validCategories = await tx.category.count({
      where: {
        id: { in: categoryIds },
        year: report.year,
        OR: [{ isActive: true }, { id: { in: [...currentIds] } }],
      },
    });
    if (validCategories !== categoryIds.length) {
      throw new AppError("INVALID", `Välj kategorier från ${report.year} års lista.`);
    }
    const validAreas = await tx.area.count({ where: { id: { in: areaIds } } });
    if (validAreas !== areaIds.length) throw new AppError("INVALID", "Ett valt område finns inte.");
    const previousAreas = await tx.reportArea.findMany({
      where: { reportId: report.id },
      select: { areaId: true },
    });
    await tx.reportCategory.deleteMany({ where: { reportId: report.id } });
    await tx.reportCategory.createMany({
      data: categoryIds.map((categoryId) => ({ reportId: report.id, categoryId })),
    });
    await tx.reportArea.deleteMany({ where: { reportId: report.id } });
    await tx.reportArea.createMany({ data: areaIds.map((areaId) => ({ reportId: report.id, areaId })) });
    return {
      result: null,
      audit: {
        action: "CASE_CLASSIFIED",
        data: {
          categoriesFrom: [...currentIds].sort().join(","),
          categoriesTo: [...categoryIds].sort().join(","),
          areasFrom: previousAreas
            .map((a) => a.areaId)
            .sort()
            .join(","),
          areasTo: [...areaIds].sort().join(","),
        },
      },
    };
  });
}
