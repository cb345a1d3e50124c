"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useEffectEvent, useRef, useState, useTransition } from "react";
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from "react-hook-form";
import type { z } from "zod";
import type { CaseActionResult } from "@/app/(staff)/inkorg/[id]/actions";
import { usePersistedFields, type PersistFields } from "@/components/case/use-persisted-fields";
import { flattenFormErrors } from "@/components/ui/flatten-form-errors";

interface CaseFormOptions<T extends FieldValues> {
  schema: z.ZodType<T, T>;
  defaultValues: DefaultValues<T>;
  action: (values: T) => Promise<CaseActionResult>;
  /** Prefixes every field id, so several forms on the case page never share an id. */
  idPrefix: string;
  onSaved?: (form: UseFormReturn<T>) => void;
  /** Text fields kept in sessionStorage until saved, so a session timeout loses nothing typed. */
  persist?: PersistFields<T>;
  /**
   * The case state the form's rules depend on (status, diarienummer). When the page comes back with another one,
   * after a save in this form or another, errors and messages about the old state go.
   */
  caseState?: string;
  onCaseStateChange?: (form: UseFormReturn<T>) => void;
}

/**
 * One case-handling form: validated with the same zod schema the server action parses again, errors shown at
 * each field and in a summary, the outcome announced in a live region.
 */
export function useCaseForm<T extends FieldValues>({
  schema,
  defaultValues,
  action,
  idPrefix,
  onSaved,
  persist,
  caseState = "",
  onCaseStateChange,
}: CaseFormOptions<T>) {
  const form = useForm<T>({
    resolver: zodResolver(schema),
    defaultValues,
    reValidateMode: "onChange",
    // The error summary takes focus instead, and links to each field.
    shouldFocusError: false,
  });
  const draft = usePersistedFields(form, defaultValues, persist);
  const [submitCount, setSubmitCount] = useState(0);
  const [status, setStatus] = useState("");
  // Remembers the case state it was about, so it disappears once that state is gone.
  const [failure, setFailure] = useState<{ message: string; caseState: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  const idFor = (name: string) => `${idPrefix}-${name.replace(/\./g, "-")}`;

  const seenCaseState = useRef(caseState);
  const caseStateChanged = useEffectEvent(() => {
    form.clearErrors();
    onCaseStateChange?.(form);
  });
  useEffect(() => {
    if (seenCaseState.current === caseState) return;
    seenCaseState.current = caseState;
    caseStateChanged();
  }, [caseState]);

  const onValid = (values: T) => {
    setStatus("");
    setFailure(null);
    startTransition(async () => {
      const result = await action(values).catch(() => null);
      if (!result) {
        setFailure({
          message: "Det gick inte att spara. Kontrollera din uppkoppling; det du skrivit finns kvar.",
          caseState,
        });
      } else if (!result.ok) {
        for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
          form.setError(name as Path<T>, { type: "server", message });
        }
        setFailure(result.fieldErrors ? null : { message: result.message, caseState });
        setSubmitCount((n) => n + 1);
      } else {
        setStatus(result.message);
        onSaved?.(form);
        draft.clear();
      }
    });
  };

  const onSubmit = form.handleSubmit(onValid, () => {
    setStatus("");
    setSubmitCount((n) => n + 1);
  });
  const summaryErrors = flattenFormErrors(form.formState.errors, idFor);
  const formMessage = failure && failure.caseState === caseState ? failure.message : null;
  return { form, onSubmit, idFor, summaryErrors, submitCount, status, formMessage, isPending };
}

export type CaseFormState = Omit<ReturnType<typeof useCaseForm>, "form" | "idFor">;
