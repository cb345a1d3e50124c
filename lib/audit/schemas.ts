import * as z from "zod";
import { ZAuditAction } from "@/lib/audit/events";
import { isRealDate } from "@/lib/dates";
import { id, integer, isoDate, pageNumber, requiredText, text } from "@/lib/validation/fields";

export const AUDIT_LOG_WITHOUT_ACCOUNT = "utan-konto";

/** The audit log's search, read from the URL so a search can be bookmarked and exported as it is. */
export const ZAuditLogFilters = z.object({
  handelse: ZAuditAction.optional().catch(undefined),
  anvandare: text().trim().max(40).optional().catch(undefined),
  arende: text().trim().max(40).optional().catch(undefined),
  fran: text().refine(isRealDate).optional().catch(undefined),
  till: text().refine(isRealDate).optional().catch(undefined),
  sida: pageNumber,
});
export type TAuditLogFilters = z.output<typeof ZAuditLogFilters>;
export type TAuditLogSearch = Omit<TAuditLogFilters, "sida">;

/** The search without the page number: what an export and the page links carry. */
export function auditLogSearch(filters: TAuditLogFilters): TAuditLogSearch {
  return {
    handelse: filters.handelse,
    anvandare: filters.anvandare,
    arende: filters.arende,
    fran: filters.fran,
    till: filters.till,
  };
}

export const ZStartAuditReview = z
  .object({
    from: isoDate("första dagen"),
    to: isoDate("sista dagen"),
    sampleSize: integer("antalet händelser", 1, 100),
    /** Staff access (the default) or the security events: failed sign-ins and anonymous refusals. */
    events: z
      .enum(["staff", "security"], { error: "Välj vilka händelser som ska granskas." })
      .default("staff"),
  })
  .refine((values) => !isRealDate(values.from) || !isRealDate(values.to) || values.from <= values.to, {
    error: "Sista dagen kan inte vara före första dagen.",
    path: ["to"],
  });
export type TStartAuditReview = z.output<typeof ZStartAuditReview>;

export const ZCompleteAuditReview = z.object({
  reviewId: id,
  conclusion: requiredText("slutsatsen", 2, 4000),
});
export type TCompleteAuditReview = z.output<typeof ZCompleteAuditReview>;
