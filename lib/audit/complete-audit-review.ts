import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import type { TCompleteAuditReview } from "@/lib/audit/schemas";
import { AppError } from "@/lib/errors";

/**
 * Records the conclusion of a loggkontroll and marks it done. A finished check cannot be changed afterwards; the
 * conclusion stays on the review, the audit row only says that it was completed.
 */
export async function completeAuditReview(
  db: PrismaClient,
  actor: Actor | null,
  input: TCompleteAuditReview,
  now = new Date(),
) {
  const reviewer = await assertPermission(db, actor, "audit:read");
  return db.$transaction(async (tx) => {
    const review = await tx.auditReview.findUnique({
      where: { id: input.reviewId },
      select: { completedAt: true },
    });
    if (!review) throw new AppError("NOT_FOUND", "Loggkontrollen finns inte.");
    if (review.completedAt) throw new AppError("INVALID", "Loggkontrollen är redan avslutad.");
    await tx.auditReview.update({
      where: { id: input.reviewId },
      data: { conclusion: input.conclusion, completedAt: now },
    });
    await writeAudit(tx, {
      action: "AUDIT_REVIEW_COMPLETED",
      actorId: reviewer.id,
      actorLabel: reviewer.id,
      data: { reviewId: input.reviewId },
    });
  });
}
