"use server";

import { completeAuditReview } from "@/lib/audit/complete-audit-review";
import { ZCompleteAuditReview, ZStartAuditReview } from "@/lib/audit/schemas";
import { startAuditReview } from "@/lib/audit/start-audit-review";
import { runAdminAction } from "../run-admin-action";

const REVIEWS = "/admin/loggkontroll";

export async function startAuditReviewAction(values: unknown) {
  return runAdminAction(values, {
    permission: "audit:read",
    schema: ZStartAuditReview,
    operation: (db, actor, input) => startAuditReview(db, actor, input),
    message: (result) =>
      `${result.sampled} av ${result.population} åtkomsthändelser är utvalda för granskning.`,
    id: (result) => result.id,
    revalidate: [REVIEWS],
  });
}

export async function completeAuditReviewAction(values: unknown) {
  return runAdminAction(values, {
    permission: "audit:read",
    schema: ZCompleteAuditReview,
    operation: completeAuditReview,
    message: () => "Loggkontrollen är avslutad och slutsatsen sparad.",
    revalidate: [REVIEWS],
  });
}
