import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { READABLE_RECORD } from "@/lib/anonymised-cases/labels";

/**
 * The brist an analysis is about, if the arbetsgrupp may read it: its year and the ids of the coordinators'
 * categories (which the analysis form starts from), nothing else. No permission check: the callers in lib/reviews
 * make it first. Takes a transaction, so that a save checks and writes in one.
 */
export async function readableCaseForReview(
  db: Pick<Prisma.TransactionClient, "anonymisedCase">,
  reportId: string,
): Promise<{ reportId: string; year: number; classificationCategoryIds: string[] } | null> {
  const record = await db.anonymisedCase.findFirst({
    where: { ...READABLE_RECORD, reportId },
    select: {
      reportId: true,
      year: true,
      report: { select: { categories: { select: { categoryId: true } } } },
    },
  });
  if (!record) return null;
  return {
    reportId: record.reportId,
    year: record.year,
    classificationCategoryIds: record.report.categories.map((c) => c.categoryId),
  };
}
