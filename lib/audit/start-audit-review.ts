import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { sampledActions } from "@/lib/audit/access-events";
import { flushRefusalCounts } from "@/lib/audit/anonymous-refusals";
import { stockholmDayRange } from "@/lib/dates";
import { drawSample } from "@/lib/audit/draw-sample";
import type { TStartAuditReview } from "@/lib/audit/schemas";
import { AppError } from "@/lib/errors";

/**
 * A loggkontroll: draws a random sample of staff's access events (case reads, prints, refusals, exports) or of
 * the security events (failed sign-ins, anonymous refusals counted per window) in a period and keeps it, so the
 * check can be finished later and shown afterwards.
 */
export async function startAuditReview(
  db: PrismaClient,
  actor: Actor | null,
  input: Omit<TStartAuditReview, "events"> & Partial<Pick<TStartAuditReview, "events">>,
  random?: (max: number) => number,
) {
  const events = input.events ?? "staff";
  const reviewer = await assertPermission(db, actor, "audit:read");
  const range = stockholmDayRange(input.from, input.to);
  // Windows of anonymous refusals that have closed are written first, so the sample can include them.
  await flushRefusalCounts(db, new Date());
  return db.$transaction(async (tx) => {
    const population = await tx.auditLog.findMany({
      where: { action: { in: [...sampledActions(events)] }, createdAt: range },
      select: { id: true },
    });
    if (population.length === 0) {
      throw new AppError(
        "INVALID",
        `Det finns inga ${events === "security" ? "säkerhetshändelser" : "åtkomsthändelser"} från ${input.from} till ${input.to}. Välj en annan period.`,
      );
    }
    const sampledIds = drawSample(
      population.map((row) => row.id),
      input.sampleSize,
      random,
    );
    const review = await tx.auditReview.create({
      data: { reviewerId: reviewer.id, sampledIds, periodFrom: range.gte!, periodTo: range.lt! },
      select: { id: true },
    });
    await writeAudit(tx, {
      action: "AUDIT_REVIEW_STARTED",
      actorId: reviewer.id,
      actorLabel: reviewer.id,
      data: {
        reviewId: review.id,
        from: input.from,
        to: input.to,
        population: population.length,
        sampled: sampledIds.length,
        events,
      },
    });
    return { id: review.id, sampled: sampledIds.length, population: population.length };
  });
}
