"use client";

import { useActionState, useMemo } from "react";
import { get, set, type DefaultValues, type FieldErrors, type FieldValues } from "react-hook-form";
import type { PostedFormAction } from "@/lib/actions/action-result";
import type { FieldErrors as FlatFieldErrors } from "@/lib/field-errors";

/** The server's errors per field name ("measures.0.description") as react-hook-form's nested errors. */
function nestedErrors<T extends FieldValues>(flat: FlatFieldErrors | undefined): FieldErrors<T> | undefined {
  const entries = Object.entries(flat ?? {}).filter(([name]) => name !== "form");
  if (entries.length === 0) return undefined;
  const errors = {};
  for (const [name, message] of entries) set(errors, name, { type: "server", message });
  return errors as FieldErrors<T>;
}

/**
 * A form that also posts without JavaScript: the browser posts it to `postAction`, and the page comes back with its
 * answer, the values as typed and the errors, which the form opens with. With JavaScript the form's onSubmit
 * handles it instead and this state stays empty. Pass `formAction` to the form shell, `defaultValues` and
 * `initialErrors` to useActionForm, and give each field its `defaultValue` (uncontrolled fields carry their value
 * in the page too, so it is there before, or without, the script).
 */
export function usePostedForm<TInput extends FieldValues>(
  postAction: PostedFormAction,
  defaults: DefaultValues<TInput>,
) {
  const [posted, formAction] = useActionState(postAction, {});
  const defaultValues = useMemo(
    () => (posted.values ? { ...defaults, ...posted.values } : defaults) as DefaultValues<TInput>,
    // Read once per answer, as react-hook-form reads its defaults once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [posted],
  );
  const initialErrors = useMemo(() => nestedErrors<TInput>(posted.fieldErrors), [posted]);
  return {
    formAction,
    defaultValues,
    initialErrors,
    postedMessage: posted.message ?? null,
    postedStatus: posted.status ?? "",
    defaultValueOf: (name: string) => get(defaultValues, name) as unknown,
  };
}
