import "server-only";
import * as z from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";

/** Earlier loggkontroller, newest first. */
export async function listAuditReviews(db: PrismaClient, actor: Actor | null) {
  await assertPermission(db, actor, "audit:read");
  const reviews = await db.auditReview.findMany({
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { reviewer: { select: { name: true } } },
  });
  return reviews.map((review) => ({
    id: review.id,
    createdAt: review.createdAt,
    completedAt: review.completedAt,
    periodFrom: review.periodFrom,
    periodTo: review.periodTo,
    reviewer: review.reviewer.name,
    sampled: z.array(z.string()).catch([]).parse(review.sampledIds).length,
  }));
}
