"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useEffectEvent, useRef, useState, useTransition } from "react";
import {
  useForm,
  type DefaultValues,
  type FieldErrors as RhfFieldErrors,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from "react-hook-form";
import type * as z from "zod";
import { flattenFormErrors } from "@/components/ui/flatten-form-errors";
import { usePersistedFields, type PersistOptions } from "@/components/ui/persisted-fields";
import type { ActionResult } from "@/lib/actions/action-result";
import { BODY_MALFORMED, BODY_TOO_LARGE } from "@/lib/security/request-limits";

const OFFLINE = "Det gick inte att spara. Din enhet verkar sakna uppkoppling; det du skrev finns kvar.";
const NO_ANSWER =
  "Det gick inte att spara: tjänsten är tillfälligt otillgänglig. Felet ligger hos oss; det du skrev finns kvar. Försök igen om en stund.";

/** Why an action got no answer: the browser knows when it is offline; otherwise the service failed. */
export const noAnswerMessage = () =>
  typeof navigator !== "undefined" && navigator.onLine === false ? OFFLINE : NO_ANSWER;

/**
 * An action that threw with one of proxy.ts's own answers (too large, unreadable) was refused, not lost: its Swedish
 * message ("Det du skickade är för stort. Korta texten och försök igen."). Anything else thrown means no answer.
 */
export function refusalFromThrown(error: unknown): Extract<ActionResult<never>, { ok: false }> | null {
  const message = error instanceof Error ? error.message : "";
  if (message !== BODY_TOO_LARGE && message !== BODY_MALFORMED) return null;
  return { ok: false, message };
}

export interface ActionFormOptions<TInput extends FieldValues, TOutput, TData> {
  /** The same zod schema the server action parses again. */
  schema: z.core.$ZodType<TOutput, TInput>;
  defaultValues: DefaultValues<TInput>;
  /** The server action, passed in as a prop: components never import from app/. */
  action: (values: unknown) => Promise<ActionResult<TData>>;
  /** Prefixes every field id, so several forms on one page never share an id. */
  idPrefix?: string;
  /** Keeps typed text in sessionStorage until it is saved, so a timeout or a reload loses nothing. */
  persist?: PersistOptions;
  /** After success: start over with the defaults (a form that adds things) or keep what was saved. */
  resetOnSuccess?: boolean;
  onSuccess?: (data: TData, form: UseFormReturn<TInput, unknown, TOutput>) => void;
  /**
   * The state of the record the form's rules depend on (a case's status). When the page comes back with another
   * one, after a save here or in another form, errors and messages about the old state go.
   */
  recordState?: string;
  onRecordStateChange?: (form: UseFormReturn<TInput, unknown, TOutput>) => void;
  /** Errors the page was rendered with: those of a form posted without JavaScript. */
  initialErrors?: RhfFieldErrors<TInput>;
}

/** A field's element id: "routineSteps.0.title" with prefix "inst" → "inst-routineSteps-0-title". */
export function fieldIdFor(prefix: string | undefined, name: string) {
  const id = name.replace(/\./g, "-");
  return prefix ? `${prefix}-${id}` : id;
}

/**
 * Every form in the app: validated in the browser with the schema the server parses again, the raw values sent
 * to the server action, errors at each field and in a summary that takes focus, the outcome announced, and
 * everything typed kept when saving fails.
 */
export function useActionForm<TInput extends FieldValues, TOutput, TData = undefined>(
  options: ActionFormOptions<TInput, TOutput, TData>,
) {
  const { schema, defaultValues, action, idPrefix, persist, resetOnSuccess, onSuccess } = options;
  const recordState = options.recordState ?? "";
  const form = useForm<TInput, unknown, TOutput>({
    resolver: zodResolver(schema),
    defaultValues,
    errors: options.initialErrors,
    reValidateMode: "onChange",
    // The error summary takes focus instead, and links to each field.
    shouldFocusError: false,
  });
  const [status, setStatus] = useState("");
  // Remembers the record state it was about, so it disappears once that state is gone.
  const [failure, setFailure] = useState<{ message: string; recordState: string } | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const [isPending, startTransition] = useTransition();
  const stored = usePersistedFields(form, defaultValues, persist, () =>
    setStatus("Text du inte hann spara har återställts."),
  );
  const fieldId = (name: string) => fieldIdFor(idPrefix, name);

  const seenRecordState = useRef(recordState);
  const recordStateChanged = useEffectEvent(() => {
    form.clearErrors();
    options.onRecordStateChange?.(form);
  });
  useEffect(() => {
    if (seenRecordState.current === recordState) return;
    seenRecordState.current = recordState;
    recordStateChanged();
  }, [recordState]);

  const fail = (message: string) => {
    setFailure({ message, recordState });
    setSubmitCount((n) => n + 1);
  };

  const submit = () => {
    // The raw values go to the server, which parses them with the same schema.
    const values = form.getValues();
    setStatus("");
    setFailure(null);
    startTransition(async () => {
      const result = await action(values).catch(refusalFromThrown);
      if (!result) return fail(noAnswerMessage());
      if (!result.ok) {
        for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
          form.setError(name as Path<TInput>, { type: "server", message });
        }
        if (result.fieldErrors && !result.errorRef) setSubmitCount((n) => n + 1);
        else fail(result.message);
        return;
      }
      form.reset(resetOnSuccess ? defaultValues : values);
      // After the reset, which the storage subscription also sees.
      stored.clear();
      setStatus(result.message);
      onSuccess?.(result.data, form);
    });
  };

  const onSubmit = form.handleSubmit(submit, () => {
    setStatus("");
    setSubmitCount((n) => n + 1);
  });
  const summaryErrors = flattenFormErrors(form.formState.errors, fieldId);
  const formMessage = failure && failure.recordState === recordState ? failure.message : null;
  return {
    form,
    onSubmit,
    fieldId,
    summaryErrors,
    submitCount,
    status,
    formMessage,
    isPending,
    setStatus,
    clearStored: stored.clear,
  };
}

/** What a form shell shows of a form's state. */
export type ActionFormState = Pick<
  ReturnType<typeof useActionForm>,
  "onSubmit" | "summaryErrors" | "submitCount" | "status" | "formMessage" | "isPending"
>;
