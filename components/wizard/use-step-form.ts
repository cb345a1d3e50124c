"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { DefaultValues, FieldValues } from "react-hook-form";
import type * as z from "zod";
import { refusalFromThrown, useActionForm } from "@/components/ui/use-action-form";
import { usePostedForm } from "@/components/ui/use-posted-form";
import type { FormAction } from "@/lib/actions/action-result";
import { STEP_FIELD, type StepFormState } from "@/lib/reports/step-form-fields";
import { blockedTextIn, withoutBlockedText } from "@/lib/reports/identifier-findings";
import type { StepKey } from "@/lib/reports/wizard-steps";

const AUTOSAVE_DELAY_MS = 800;

/** The save action of the wizard: takes `{ step, complete, values }` and tells where to go next. */
export type SaveStepAction = FormAction<{ next: string }>;

/** The same save as a plain form post, for a browser without JavaScript: the step again, or a redirect onward. */
export type StepFormAction = (state: StepFormState, formData: FormData) => Promise<StepFormState>;

export type SaveState = "idle" | "saving" | "saved" | "error" | "refused";

/**
 * One wizard step: the shared action form (validation with the step's schema, errors, the server's answer), plus
 * autosave while typing and, after "Spara och fortsätt" has been saved, the move to the next step. A text holding a
 * personnummer or samordningsnummer is left out of autosave: it stays only in the page until the number is removed
 * (`isWithholding` says so), and the draft keeps what was stored before.
 */
export function useStepForm<TInput extends FieldValues, TOutput>(options: {
  step: StepKey;
  schema: z.core.$ZodType<TOutput, TInput>;
  defaultValues: DefaultValues<TInput>;
  action: SaveStepAction;
  formAction: StepFormAction;
}) {
  const { step, action } = options;
  // Without JavaScript the form posts to formAction; with it, onSubmit below handles the form instead.
  const posted = usePostedForm<TInput>(options.formAction, options.defaultValues);
  const { defaultValues, initialErrors } = posted;
  const router = useRouter();
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [refusal, setRefusal] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [isWithholding, setIsWithholding] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Once the step is being saved as complete, no autosave may follow: it would mark the step as open again.
  const isCompleting = useRef(false);

  const actionForm = useActionForm({
    schema: options.schema,
    defaultValues,
    initialErrors,
    action: async (values) => {
      isCompleting.current = true;
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      const result = await action({ step, complete: true, values }).catch((error: unknown) => {
        isCompleting.current = false;
        throw error;
      });
      if (!result.ok) isCompleting.current = false;
      return result;
    },
    onSuccess: (data) => router.push(data.next),
    // A copy of what is typed stays in this tab until the server has it, so an outage and a reload lose nothing.
    persist: { key: `wizard:${step}` },
  });
  const { form, clearStored } = actionForm;

  useEffect(() => {
    const save = async () => {
      timer.current = null;
      if (isCompleting.current) return;
      setSaveState("saving");
      const values = form.getValues();
      const withholds = blockedTextIn(values).length > 0;
      const sendable = withholds ? withoutBlockedText(values) : values;
      const result = await action({ step, complete: false, values: sendable }).catch(refusalFromThrown);
      // Refused (too long, unreadable) is not an outage: the reporter can do something about it.
      const isRefused = !!result && !result.ok && !result.errorRef;
      setSaveState(result?.ok ? "saved" : isRefused ? "refused" : "error");
      setRefusal(isRefused ? result.message : null);
      if (result?.ok) {
        // Only what reached the server: text withheld for a personnummer stays in the tab's copy.
        if (!withholds) clearStored();
        setSavedAt(new Date());
        setIsWithholding(withholds);
      }
    };
    // Leaving the step ("Tillbaka", a link, closing the tab) must not drop the last keystrokes: a save still
    // waiting for its delay is sent at once. On pagehide this is best effort, as the browser may cut it off.
    const flush = () => {
      if (!timer.current) return;
      clearTimeout(timer.current);
      void save();
    };
    const subscription = form.watch(() => {
      if (isCompleting.current) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(save, AUTOSAVE_DELAY_MS);
    });
    window.addEventListener("pagehide", flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [form, step, action, clearStored]);

  // Uncontrolled fields carry their value in the page too, so it is there before (or without) the script.
  const register = ((name: string, registerOptions?: object) => ({
    ...form.register(name as never, registerOptions),
    defaultValue: posted.defaultValueOf(name),
  })) as typeof form.register;

  return {
    ...actionForm,
    register,
    formAction: posted.formAction,
    hiddenFields: { [STEP_FIELD]: step },
    formMessage: actionForm.formMessage ?? posted.postedMessage,
    saveState,
    savedAt,
    isWithholding,
    refusal,
  };
}
