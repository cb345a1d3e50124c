"use server";

import { staffWith } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/run-action";
import { completeAuditReview } from "@/lib/audit/complete-audit-review";
import { ZCompleteAuditReview, ZStartAuditReview } from "@/lib/audit/schemas";
import { startAuditReview } from "@/lib/audit/start-audit-review";

const reviewAction = {
  access: staffWith("audit:read"),
  revalidate: ["/admin/loggkontroll"],
};

export const startAuditReviewAction = defineAction({
  ...reviewAction,
  name: "admin/loggkontroll/starta",
  schema: ZStartAuditReview,
  run: ({ db, actor }, input) => startAuditReview(db, actor, input),
  message: (result) =>
    `${result.sampled} av ${result.population} åtkomsthändelser är utvalda för granskning.`,
  // The form goes on to the new review's page.
  data: (result) => ({ id: result.id }),
});

export const completeAuditReviewAction = defineAction({
  ...reviewAction,
  name: "admin/loggkontroll/avsluta",
  schema: ZCompleteAuditReview,
  run: ({ db, actor }, input) => completeAuditReview(db, actor, input),
  message: "Loggkontrollen är avslutad och slutsatsen sparad.",
});
