import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { readableCaseForReview } from "@/lib/anonymised-cases/review-target";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { AppError } from "@/lib/errors";
import { flagComment, type CommentFlag } from "@/lib/reviews/comment-findings";

export interface CaseReviewView {
  reportId: string;
  year: number;
  /** Whether the arbetsgrupp has saved its analysis. */
  isReviewed: boolean;
  /** The group's categories once saved; until then the coordinators' (of the year), as a starting point. */
  categoryIds: string[];
  /** The coordinators' classification, for comparison. */
  classificationCategoryIds: string[];
  comment: string;
  isReportExample: boolean;
  isFocusCase: boolean;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  /** What the form sends back so that a save over someone else's is refused: the analysis' updatedAt, or "". */
  version: string;
  /** The year's categories to choose from: the active ones, and inactive ones only where already chosen. */
  categoryOptions: { value: string; label: string }[];
  /** What the server's full detector finds in the saved comment (refused kinds are never saved). */
  flags: CommentFlag[];
}

/**
 * The arbetsgrupp's analysis of one brist it may read, with what the form needs. The brist's own content is read
 * (and audited) by getAnonymisedCase; this reads the analysis and the year's categories.
 */
export async function getCaseReview(
  db: PrismaClient,
  user: Actor | null,
  reportId: string,
): Promise<CaseReviewView> {
  await assertPermission(db, user, "anonymised:read");
  const target = await readableCaseForReview(db, reportId);
  if (!target) throw new AppError("NOT_FOUND", "Den avidentifierade bristen finns inte.");
  const [review, categories] = await Promise.all([
    db.caseReview.findUnique({
      where: { reportId },
      select: {
        comment: true,
        isReportExample: true,
        isFocusCase: true,
        reviewedAt: true,
        reviewedById: true,
        updatedAt: true,
        categories: { select: { categoryId: true } },
      },
    }),
    db.category.findMany({
      where: { year: target.year },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, isActive: true },
    }),
  ]);
  const ofYear = new Set(categories.map((c) => c.id));
  const classification = target.classificationCategoryIds.filter((id) => ofYear.has(id));
  const chosen = review ? review.categories.map((c) => c.categoryId) : classification;
  const shown = new Set([...chosen, ...classification]);
  const reviewer = review
    ? await db.user.findUnique({ where: { id: review.reviewedById }, select: { name: true } })
    : null;
  return {
    reportId,
    year: target.year,
    isReviewed: review !== null,
    categoryIds: chosen,
    classificationCategoryIds: classification,
    comment: review?.comment ?? "",
    isReportExample: review?.isReportExample ?? false,
    isFocusCase: review?.isFocusCase ?? false,
    reviewedAt: review?.reviewedAt ?? null,
    reviewedBy: review ? (reviewer?.name ?? "Okänd användare") : null,
    version: review?.updatedAt.toISOString() ?? "",
    categoryOptions: categories
      .filter((c) => c.isActive || shown.has(c.id))
      .map((c) => ({ value: c.id, label: c.isActive ? c.name : `${c.name} (används inte längre)` })),
    flags: review ? await flagComment(db, review.comment) : [],
  };
}
