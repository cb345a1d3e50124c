"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";

/** The part of useAdminForm's result that a field needs: its id, its registration and its error. */
export interface AdminFieldBinding<TName extends string> {
  fieldId: (name: string) => string;
  form: {
    register: (name: TName) => UseFormRegisterReturn;
    formState: { errors: Partial<Record<TName, { message?: string }>> };
  };
}

/** The required "Namn" field of an organisation, area or category. */
export function NameField({ admin, hint }: { admin: AdminFieldBinding<"name">; hint?: string }) {
  return (
    <TextField
      id={admin.fieldId("name")}
      label="Namn"
      required
      hint={hint}
      error={admin.form.formState.errors.name?.message}
      {...admin.form.register("name")}
    />
  );
}

/** The required "Sortering" field: the item's place in its list. */
export function SortOrderField({
  admin,
  hint = "Lägre tal visas först.",
}: {
  admin: AdminFieldBinding<"sortOrder">;
  hint?: string;
}) {
  return (
    <TextField
      id={admin.fieldId("sortOrder")}
      label="Sortering"
      required
      inputMode="numeric"
      hint={hint}
      error={admin.form.formState.errors.sortOrder?.message}
      className="max-w-40"
      {...admin.form.register("sortOrder")}
    />
  );
}
