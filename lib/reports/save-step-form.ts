import "server-only";
import type { Draft, PrismaClient } from "@/generated/prisma/client";
import { isAppError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/field-errors";
import { draftData } from "@/lib/reports/drafts";
import { saveStep, ZSaveStep } from "@/lib/reports/save-step";
import {
  buttonOfForm,
  stepFormValues,
  stepOfForm,
  withRowChange,
  type StepFormState,
} from "@/lib/reports/step-form";
import { AppError } from "@/lib/errors";

/**
 * A wizard step posted without JavaScript. "Spara och fortsätt" checks the values with the step's schema and saves
 * them as saveStep does for the script, and tells where to go next; a failure keeps what was typed (saved as
 * autosave would, so leaving the page loses nothing) and says what to correct. Adding or removing a row of del två
 * saves the draft as it stands and shows the step again.
 */
export async function saveStepForm(
  db: PrismaClient,
  draft: Draft,
  formData: FormData,
  now: Date,
): Promise<{ next: string } | { state: StepFormState }> {
  const step = stepOfForm(formData);
  if (!step) throw new AppError("INVALID", "Okänt steg.");
  const stored = (draftData(draft)[step] ?? {}) as Record<string, unknown>;
  const typed = stepFormValues(step, formData, stored);
  const button = buttonOfForm(formData);

  if (button.kind !== "save") {
    const values = withRowChange(typed, button);
    await saveStep(db, draft, { step, complete: false, values }, now);
    return { state: { values } };
  }

  const parsed = ZSaveStep.safeParse({ step, complete: true, values: typed });
  if (!parsed.success) {
    await saveStep(db, draft, { step, complete: false, values: typed }, now);
    return { state: { values: typed, fieldErrors: toFieldErrors(parsed.error) } };
  }
  try {
    return await saveStep(db, draft, parsed.data, now);
  } catch (error) {
    // A refusal about one field (the receipt's mail domain) is shown at that field, like a schema error.
    if (isAppError(error) && error.options.field) {
      return { state: { values: typed, fieldErrors: { [error.options.field]: error.message } } };
    }
    throw error;
  }
}
