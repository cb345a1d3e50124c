import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { detectIdentifiers as detectFull } from "@/lib/anonymise/detect-identifiers-full";
import { readableCaseForReview } from "@/lib/anonymised-cases/review-target";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { AppError } from "@/lib/errors";
import { flagComment, type CommentFlag } from "@/lib/reviews/comment-findings";
import { blockedCommentHits, blockedCommentMessage, type TSaveCaseReview } from "@/lib/reviews/schemas";

export const REVIEW_CASE_GONE =
  "Bristen finns inte längre bland de avidentifierade bristerna. Den kan ha skickats tillbaka för ny granskning av samordnarna.";
export const REVIEW_CONFLICT =
  "Någon annan har sparat en analys av bristen sedan du öppnade sidan. Ladda om sidan för att se den och gör sedan din ändring igen.";
export const CATEGORY_NOT_OF_YEAR = (year: number) =>
  `Välj bakomliggande orsaker ur listan för ${year}. Någon av de valda hör inte till året eller används inte längre.`;

const sortedIds = (ids: readonly string[]) => [...ids].sort().join(",");

/**
 * Saves the arbetsgrupp's analysis of one anonymised brist: the root-cause categories (several, from that year's
 * list), a short comment and the two flags. Refused when the brist is not (or no longer) readable by the group,
 * when a category is not of the brist's year (or is deactivated and was not already chosen), when the comment holds
 * a personnummer or samordningsnummer (checked again with the full detector), and when someone else saved since the
 * form was opened. The review, its categories and the audit row (ids and flags, never the comment) are written in
 * one transaction. Returns the new version and what the full detector flags in the comment.
 */
export async function saveCaseReview(
  db: PrismaClient,
  user: Actor | null,
  input: TSaveCaseReview,
  now = new Date(),
): Promise<{ version: string; isRevision: boolean; flags: CommentFlag[] }> {
  const actor = await assertPermission(db, user, "anonymised:read", input.reportId);
  const blocked = blockedCommentHits(input.comment, detectFull);
  if (blocked.length > 0) throw new AppError("INVALID", blockedCommentMessage(blocked));
  const categoryIds = [...new Set(input.categoryIds)];

  const saved = await db
    .$transaction(async (tx) => {
      const target = await readableCaseForReview(tx, input.reportId);
      if (!target) throw new AppError("NOT_FOUND", REVIEW_CASE_GONE);
      const existing = await tx.caseReview.findUnique({
        where: { reportId: input.reportId },
        select: { updatedAt: true, categories: { select: { categoryId: true } } },
      });
      if ((existing?.updatedAt.toISOString() ?? "") !== input.version) {
        throw new AppError("CONFLICT", REVIEW_CONFLICT);
      }
      const before = existing?.categories.map((c) => c.categoryId) ?? [];
      const categories = await tx.category.findMany({
        where: { id: { in: categoryIds }, year: target.year },
        select: { id: true, isActive: true },
      });
      // A deactivated category stays choosable only where it is already chosen (by the group or the coordinators).
      const alreadyChosen = new Set([...before, ...target.classificationCategoryIds]);
      const usable = categories.filter((c) => c.isActive || alreadyChosen.has(c.id));
      if (usable.length !== categoryIds.length)
        throw new AppError("INVALID", CATEGORY_NOT_OF_YEAR(target.year));

      const fields = {
        comment: input.comment,
        isReportExample: input.isReportExample,
        isFocusCase: input.isFocusCase,
        reviewedById: actor.id,
        reviewedAt: now,
      };
      if (existing) {
        // Only the version read above: a save committed in between leaves nothing to update.
        const { count } = await tx.caseReview.updateMany({
          where: { reportId: input.reportId, updatedAt: existing.updatedAt },
          data: { ...fields, year: target.year },
        });
        if (count !== 1) throw new AppError("CONFLICT", REVIEW_CONFLICT);
        await tx.reviewCategory.deleteMany({ where: { reportId: input.reportId } });
      } else {
        await tx.caseReview.create({ data: { reportId: input.reportId, year: target.year, ...fields } });
      }
      await tx.reviewCategory.createMany({
        data: categoryIds.map((categoryId) => ({ reportId: input.reportId, categoryId })),
      });
      await writeAudit(tx, {
        action: "CASE_REVIEW_SAVED",
        actorId: actor.id,
        actorLabel: actor.id,
        reportId: input.reportId,
        data: {
          year: target.year,
          isRevision: existing !== null,
          categoriesFrom: existing ? sortedIds(before) : null,
          categoriesTo: sortedIds(categoryIds),
          isReportExample: input.isReportExample,
          isFocusCase: input.isFocusCase,
        },
      });
      const { updatedAt } = await tx.caseReview.findUniqueOrThrow({
        where: { reportId: input.reportId },
        select: { updatedAt: true },
      });
      return { version: updatedAt.toISOString(), isRevision: existing !== null };
    })
    .catch((error: unknown) => {
      // Two first saves at once: the second one's insert meets the first one's row.
      if ((error as { code?: string } | null)?.code === "P2002")
        throw new AppError("CONFLICT", REVIEW_CONFLICT);
      throw error;
    });
  return { ...saved, flags: await flagComment(db, input.comment) };
}
