"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { useForm, type FieldValues, type DefaultValues, type Path } from "react-hook-form";
import type { z } from "zod";
import { saveStepAction } from "@/app/(public)/rapportera/actions";
import type { StepKey } from "@/lib/reports/wizard-steps";
import { flattenFormErrors } from "@/components/ui/flatten-form-errors";

const AUTOSAVE_DELAY_MS = 800;

/** Field names become element ids: "measures.0.description" → "measures-0-description". */
export function fieldId(name: string) {
  return name.replace(/\./g, "-");
}

export type SaveState = "idle" | "saving" | "saved" | "error";

/**
 * One wizard step: validation with the step's zod schema (the same one the server uses), autosave while typing,
 * and on "Spara och fortsätt" a validated save on the server before moving on.
 */
export function useStepForm<T extends FieldValues>(
  key: StepKey,
  schema: z.ZodType<T, T>,
  defaultValues: DefaultValues<T>,
) {
  const router = useRouter();
  const form = useForm<T>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: "onSubmit",
    reValidateMode: "onChange",
    // The error summary takes focus instead, and links to each field.
    shouldFocusError: false,
  });
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const [isPending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const isSubmitting = useRef(false);

  useEffect(() => {
    const save = async () => {
      timer.current = null;
      if (isSubmitting.current) return;
      setSaveState("saving");
      const result = await saveStepAction(key, form.getValues(), false).catch(() => null);
      setSaveState(result?.ok ? "saved" : "error");
      if (result?.ok) setSavedAt(new Date());
    };
    // Leaving the step ("Tillbaka", a link, closing the tab) must not drop the last keystrokes: a save still
    // waiting for its delay is sent at once. On pagehide this is best effort, as the browser may cut it off.
    const flush = () => {
      if (!timer.current) return;
      clearTimeout(timer.current);
      void save();
    };
    const subscription = form.watch(() => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(save, AUTOSAVE_DELAY_MS);
    });
    window.addEventListener("pagehide", flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [form, key]);

  const onValid = (values: T) => {
    isSubmitting.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setFormMessage(null);
    startTransition(async () => {
      const result = await saveStepAction(key, values, true).catch(() => null);
      if (!result) {
        setFormMessage(
          "Det gick inte att spara. Kontrollera din uppkoppling; dina svar finns kvar i formuläret.",
        );
      } else if (!result.ok) {
        for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
          form.setError(name as Path<T>, { type: "server", message });
        }
        setFormMessage(result.fieldErrors ? null : result.message);
        setSubmitCount((n) => n + 1);
      } else {
        router.push(result.next ?? "/rapportera/granska");
        return;
      }
      isSubmitting.current = false;
    });
  };

  const onSubmit = form.handleSubmit(onValid, () => setSubmitCount((n) => n + 1));
  const summaryErrors = flattenFormErrors(form.formState.errors, fieldId);

  return { form, onSubmit, summaryErrors, submitCount, saveState, savedAt, formMessage, isPending };
}
