import "server-only";
import * as z from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { describeAuditRows } from "@/lib/audit/describe-audit-rows";
import { listFlaggedEvents } from "@/lib/audit/flagged-events";

/** A loggkontroll with its sampled events, oldest first, and what it flags besides the sample; or null. */
export async function getAuditReview(db: PrismaClient, actor: Actor | null, reviewId: string) {
  await assertPermission(db, actor, "audit:read");
  const review = await db.auditReview.findUnique({
    where: { id: reviewId },
    include: { reviewer: { select: { name: true } } },
  });
  if (!review) return null;
  const ids = z.array(z.string()).catch([]).parse(review.sampledIds);
  const rows = await db.auditLog.findMany({
    where: { id: { in: ids } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const flagged = await listFlaggedEvents(db, { from: review.periodFrom, to: review.periodTo });
  return { review, events: await describeAuditRows(db, rows), flagged };
}
