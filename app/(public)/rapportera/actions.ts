"use server";

import { redirect } from "next/navigation";
import * as z from "zod";
import { anyone, currentDraft, draftOrReceipt } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/run-action";
import { setDraftCookie } from "@/lib/reports/draft-session";
import { draftData } from "@/lib/reports/drafts";
import { resumeDraft } from "@/lib/reports/resume-draft";
import { saveStep, ZSaveStep } from "@/lib/reports/save-step";
import { saveStepForm } from "@/lib/reports/save-step-form";
import { stepFormValues, stepOfForm, type StepFormState } from "@/lib/reports/step-form";
import type { SubmitFormState } from "@/lib/reports/step-form-fields";
import { ZPartnerLinkRequest, ZResumeCode } from "@/lib/reports/schemas";
import { sendPartnerLink } from "@/lib/reports/send-partner-link";
import { startDraft } from "@/lib/reports/start-draft";
import { submitFromBrowser } from "@/lib/reports/submit-from-browser";
import { requestClientKey } from "@/lib/security/request-client-key";
import { nextPath, WIZARD_STEPS } from "@/lib/reports/wizard-steps";

// The reporter's answers stay in the form whatever goes wrong here.
const UNEXPECTED = "Något gick fel hos oss. Dina svar finns kvar; försök igen om en stund";

const startDraftRun = defineAction({
  name: "rapportera/starta",
  access: anyone,
  schema: z.unknown(),
  run: async ({ db }) => {
    const { draft, resumeCode } = await startDraft(db, new Date(), await requestClientKey());
    await setDraftCookie(resumeCode, draft.expiresAt);
    redirect(`/rapportera/${WIZARD_STEPS[0]!.slug}`);
  },
});

/**
 * "Starta en ny rapport" is a plain form post, so it works before the page's scripts have loaded. Success
 * redirects to the first step; a failure goes back to the start page, which shows it with its reference. The one
 * known refusal (the hourly cap on new drafts) is not our failure and says so.
 */
export async function startDraftAction(formData: FormData): Promise<void> {
  const result = await startDraftRun(formData);
  if (result.ok) return;
  if (!result.errorRef) redirect("/rapportera?utkast=tak");
  redirect(`/rapportera?utkast=fel&felkod=${result.errorRef}`);
}

/** Autosave while typing (`complete: false`) and "Spara och fortsätt" (`complete: true`) of one wizard step. */
export const saveStepAction = defineAction({
  name: "rapportera/steg",
  access: currentDraft(),
  schema: ZSaveStep,
  run: ({ db, draft }, input) => saveStep(db, draft, input, new Date()),
  data: (saved) => saved,
  unexpected: UNEXPECTED,
});

const saveStepFormRun = defineAction({
  name: "rapportera/steg-formular",
  access: currentDraft(),
  schema: z.instanceof(FormData),
  run: ({ db, draft }, formData) => saveStepForm(db, draft, formData, new Date()),
  data: (outcome) => outcome,
  unexpected: UNEXPECTED,
});

/**
 * A wizard step posted as a plain form, when the page's scripts are off or not yet loaded (with them, the form
 * goes through saveStepAction). Saved: on to the next step. Otherwise the step again, with what was typed and
 * what to correct.
 */
export async function saveStepFormAction(
  _previous: StepFormState,
  formData: FormData,
): Promise<StepFormState> {
  const result = await saveStepFormRun(formData);
  if (result.ok) {
    if ("state" in result.data) return result.data.state;
    redirect(result.data.next);
  }
  const step = stepOfForm(formData);
  return {
    values: step ? stepFormValues(step, formData) : undefined,
    fieldErrors: result.fieldErrors,
    message: result.message,
  };
}

export const resumeDraftAction = defineAction({
  name: "rapportera/fortsatt",
  access: anyone,
  schema: ZResumeCode,
  run: async ({ db }, input) => {
    const draft = await resumeDraft(db, input.code, new Date());
    await setDraftCookie(input.code, draft.expiresAt);
    return draft;
  },
  data: (draft) => ({ next: nextPath(draftData(draft)) }),
  messageField: "code",
  unexpected: UNEXPECTED,
});

export const createPartnerLinkAction = defineAction({
  name: "rapportera/partnerlank",
  access: currentDraft(),
  schema: ZPartnerLinkRequest,
  run: async ({ db, draft }, input) =>
    sendPartnerLink(db, draft, input.email, new Date(), await requestClientKey()),
  data: (sent) => ({ link: sent.url, delivery: sent.delivery }),
  unexpected: UNEXPECTED,
});

/**
 * The submit ends the draft session in this browser (the draft cookie goes, a receipt cookie takes its place). A
 * repeat (a lost response, a second tab) gets the same reference and no code.
 */
export const submitReportAction = defineAction({
  name: "rapportera/skicka",
  access: draftOrReceipt,
  schema: z.unknown(),
  run: async ({ db, session }) => submitFromBrowser(db, session, new Date(), await requestClientKey()),
  data: (result) => ({
    reference: result.reference,
    followUpCode: result.followUpCode,
    wasAlreadySubmitted: result.wasAlreadySubmitted,
  }),
  unexpected: UNEXPECTED,
});

/** "Skicka in rapporten" as a plain form post, without JavaScript: the page comes back with the receipt. */
export async function submitReportFormAction(): Promise<SubmitFormState> {
  const result = await submitReportAction({});
  return result.ok ? { receipt: result.data } : { message: result.message };
}
