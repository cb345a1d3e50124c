"use client";

import { NameField, SortOrderField } from "@/components/admin/reference-fields";
import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZCreateArea } from "@/lib/reference-data/schemas";

export function AreaCreateForm({ nextSortOrder, action }: { nextSortOrder: number; action: FormAction }) {
  const actionForm = useActionForm({
    schema: ZCreateArea,
    defaultValues: { code: "", name: "", sortOrder: String(nextSortOrder) },
    action,
    idPrefix: "nytt-omrade",
    resetOnSuccess: true,
  });
  const { form, fieldId } = actionForm;
  return (
    <div className="max-w-2xl">
      <FormShell {...actionForm} submitLabel="Lägg till området">
        <NameField actionForm={actionForm} hint="Till exempel ”Spelberoende”." />
        <TextField
          id={fieldId("code")}
          label="Kod"
          required
          autoComplete="off"
          hint="En fast kort kod för statistiken, till exempel SPEL. Den kan inte ändras senare."
          error={form.formState.errors.code?.message}
          className="max-w-72 uppercase"
          {...form.register("code")}
        />
        <SortOrderField actionForm={actionForm} />
      </FormShell>
    </div>
  );
}
