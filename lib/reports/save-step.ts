import "server-only";
import * as z from "zod";
import type { Draft, PrismaClient } from "@/generated/prisma/client";
import { recordAnonymousRefusal } from "@/lib/audit/anonymous-refusals";
import { AppError } from "@/lib/errors";
import { blockedTextIssues } from "@/lib/reports/blocked-text";
import { allowedEmailDomains } from "@/lib/reference-data/allowed-email-domains";
import { emailDomainRefusal, isAllowedEmail } from "@/lib/reference-data/email-domains";
import { saveDraftStep } from "@/lib/reports/drafts";
import { currentClientKey } from "@/lib/security/request-client-key";
import { WIZARD_STEPS, nextPath, type StepKey } from "@/lib/reports/wizard-steps";
import { text } from "@/lib/validation/fields";

const STEP_KEYS = WIZARD_STEPS.map((step) => step.key) as [StepKey, ...StepKey[]];

/**
 * A wizard step as the browser sends it: autosave (`complete: false`) keeps the values as typed, except a text with a
 * personnummer (saveDraftStep keeps the text stored before in its place); "Spara och fortsätt" (`complete: true`)
 * must pass the step's own schema and the server's full check for personnummer, and its errors are keyed by the
 * form's field names ("measures.0.description"), not by where they sit in this object.
 */
export const ZSaveStep = z
  .object({
    step: z.enum(STEP_KEYS, { error: "Okänt steg." }),
    complete: z.boolean(),
    values: z.record(text(), z.unknown()),
  })
  .superRefine((input, ctx) => {
    if (!input.complete) return;
    const schema = WIZARD_STEPS.find((step) => step.key === input.step)!.schema;
    const parsed = z.safeParse(schema, input.values);
    const issues = parsed.success ? blockedTextIssues(parsed.data) : parsed.error.issues;
    for (const issue of issues) {
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    }
  });
export type TSaveStep = z.output<typeof ZSaveStep>;

/** Saves the step and tells where the reporter goes next: the first open step, or the review page. */
export async function saveStep(db: PrismaClient, draft: Draft, input: TSaveStep, now: Date) {
  if (input.complete && input.step === "reporter") await assertReceiptDomain(db, input.values);
  const result = await saveDraftStep(db, draft, input.step, input.values, { complete: input.complete, now });
  // ZSaveStep has checked the answers with the same schema already.
  if (!result.ok) throw new AppError("INVALID", "Rätta felen i formuläret.");
  return { next: nextPath(result.data) };
}

/** The receipt goes to the reporter's work address: a domain the administrator allows for their organisation. */
async function assertReceiptDomain(db: PrismaClient, values: Record<string, unknown>) {
  const { reporterEmail, organisationId } = values;
  if (typeof reporterEmail !== "string" || typeof organisationId !== "string") return;
  const domains = await allowedEmailDomains(db, [organisationId]);
  if (!isAllowedEmail(reporterEmail, domains)) {
    await recordAnonymousRefusal(db, "mail_domain", await currentClientKey(), new Date());
    throw new AppError("INVALID", emailDomainRefusal("kvittot", domains), { field: "reporterEmail" });
  }
}
