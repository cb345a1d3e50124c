"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { AdminActionResult } from "@/lib/action-result";
import { flattenFormErrors } from "@/components/ui/flatten-form-errors";

/** A field's element id: the form's prefix and the field name, "routineSteps.0.title" → "inst-routineSteps-0-title". */
export function adminFieldId(prefix: string, name: string) {
  return `${prefix}-${name.replace(/\./g, "-")}`;
}

// Passwords never go to sessionStorage.
const NEVER_STORED = new Set(["password", "passwordConfirm"]);

interface AdminFormOptions<TInput extends FieldValues, TOutput> {
  schema: z.ZodType<TOutput, TInput>;
  defaultValues: DefaultValues<TInput>;
  action: (values: unknown) => Promise<AdminActionResult>;
  /** Prefix of the field ids, unique on the page (several forms can share one page). */
  idPrefix: string;
  /** Keeps unsaved text in sessionStorage under this key, so a session timeout or a reload loses nothing. */
  persistKey?: string;
  resetOnSuccess?: boolean;
  onSuccess?: (result: Extract<AdminActionResult, { ok: true }>) => void;
}

/**
 * An admin form: validated in the browser with the same zod schema the server action parses again, errors in a
 * summary and at each field, and everything typed kept when saving fails.
 */
export function useAdminForm<TInput extends FieldValues, TOutput>(
  options: AdminFormOptions<TInput, TOutput>,
) {
  const { schema, defaultValues, action, idPrefix, persistKey, resetOnSuccess, onSuccess } = options;
  const router = useRouter();
  const form = useForm<TInput, unknown, TOutput>({
    resolver: zodResolver(schema),
    defaultValues,
    reValidateMode: "onChange",
    // The error summary takes focus instead, and links to each field.
    shouldFocusError: false,
  });
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const [isPending, startTransition] = useTransition();
  const storageKey = persistKey ? `bis:admin:${persistKey}` : null;

  useEffect(() => {
    if (!storageKey) return;
    const saved = window.sessionStorage.getItem(storageKey);
    if (saved) {
      try {
        form.reset({ ...defaultValues, ...JSON.parse(saved) } as TInput, { keepDefaultValues: true });
        // Restoring after mount keeps server and client renders identical.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setStatus("Text du inte hann spara har återställts.");
      } catch {
        window.sessionStorage.removeItem(storageKey);
      }
    }
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !NEVER_STORED.has(name)));
        window.sessionStorage.setItem(storageKey, JSON.stringify(kept));
      },
    });
    // Only on mount: the defaults are the server's values at that time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey]);

  const submit = () => {
    // The raw values go to the server, which parses them with the same schema.
    const values = form.getValues();
    setFormMessage(null);
    setStatus(null);
    startTransition(async () => {
      const result = await action(values).catch(() => null);
      if (!result) {
        setFormMessage("Det gick inte att spara. Kontrollera din uppkoppling; det du skrev finns kvar.");
        setSubmitCount((n) => n + 1);
        return;
      }
      if (!result.ok) {
        for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
          form.setError(name as Path<TInput>, { type: "server", message });
        }
        setFormMessage(result.fieldErrors ? null : result.message);
        setSubmitCount((n) => n + 1);
        return;
      }
      form.reset(resetOnSuccess ? defaultValues : values);
      // After the reset, which the storage subscription also sees.
      if (storageKey) window.sessionStorage.removeItem(storageKey);
      setStatus(result.message);
      router.refresh();
      onSuccess?.(result);
    });
  };

  const onSubmit = form.handleSubmit(submit, () => setSubmitCount((n) => n + 1));
  const summaryErrors = flattenFormErrors(form.formState.errors, (name) => adminFieldId(idPrefix, name));
  const fieldId = (name: string) => adminFieldId(idPrefix, name);

  return { form, onSubmit, summaryErrors, submitCount, formMessage, status, isPending, fieldId };
}
