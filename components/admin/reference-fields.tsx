"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";

/** The part of useActionForm's return that a field needs: its id, its registration and its error. */
export interface FieldBinding<TName extends string> {
  fieldId: (name: string) => string;
  form: {
    register: (name: TName) => UseFormRegisterReturn;
    formState: { errors: Partial<Record<TName, { message?: string }>> };
  };
}

/** The required "Namn" field of an organisation, area or category. */
export function NameField({ actionForm, hint }: { actionForm: FieldBinding<"name">; hint?: string }) {
  return (
    <TextField
      id={actionForm.fieldId("name")}
      label="Namn"
      required
      hint={hint}
      error={actionForm.form.formState.errors.name?.message}
      {...actionForm.form.register("name")}
    />
  );
}

/** The required "Sortering" field: the item's place in its list. */
export function SortOrderField({
  actionForm,
  hint = "Lägre tal visas först.",
}: {
  actionForm: FieldBinding<"sortOrder">;
  hint?: string;
}) {
  return (
    <TextField
      id={actionForm.fieldId("sortOrder")}
      label="Sortering"
      required
      inputMode="numeric"
      hint={hint}
      error={actionForm.form.formState.errors.sortOrder?.message}
      className="max-w-40"
      {...actionForm.form.register("sortOrder")}
    />
  );
}
