"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from "react-hook-form";
import type { z } from "zod";
import type { CaseActionResult } from "@/app/(staff)/inkorg/[id]/actions";
import type { SummaryError } from "@/components/ui/error-summary";

function flattenErrors(errors: FieldErrors, idFor: (name: string) => string, prefix = ""): SummaryError[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || key === "ref") return [];
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === "string") {
      return [{ fieldId: idFor(name), message: (value as { message: string }).message }];
    }
    return typeof value === "object" ? flattenErrors(value as FieldErrors, idFor, name) : [];
  });
}

interface CaseFormOptions<T extends FieldValues> {
  schema: z.ZodType<T, T>;
  defaultValues: DefaultValues<T>;
  action: (values: T) => Promise<CaseActionResult>;
  /** Prefixes every field id, so several forms on the case page never share an id. */
  idPrefix: string;
  onSaved?: (form: UseFormReturn<T>) => void;
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
}: CaseFormOptions<T>) {
  const form = useForm<T>({
    resolver: zodResolver(schema),
    defaultValues,
    reValidateMode: "onChange",
    // The error summary takes focus instead, and links to each field.
    shouldFocusError: false,
  });
  const [submitCount, setSubmitCount] = useState(0);
  const [status, setStatus] = useState("");
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const idFor = (name: string) => `${idPrefix}-${name.replace(/\./g, "-")}`;

  const onValid = (values: T) => {
    setStatus("");
    setFormMessage(null);
    startTransition(async () => {
      const result = await action(values).catch(() => null);
      if (!result) {
        setFormMessage("Det gick inte att spara. Kontrollera din uppkoppling; det du skrivit finns kvar.");
      } else if (!result.ok) {
        for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
          form.setError(name as Path<T>, { type: "server", message });
        }
        setFormMessage(result.fieldErrors ? null : result.message);
        setSubmitCount((n) => n + 1);
      } else {
        setStatus(result.message);
        onSaved?.(form);
      }
    });
  };

  const onSubmit = form.handleSubmit(onValid, () => {
    setStatus("");
    setSubmitCount((n) => n + 1);
  });
  const summaryErrors = flattenErrors(form.formState.errors, idFor);
  return { form, onSubmit, idFor, summaryErrors, submitCount, status, formMessage, isPending };
}

export type CaseFormState = Omit<ReturnType<typeof useCaseForm>, "form" | "idFor">;
