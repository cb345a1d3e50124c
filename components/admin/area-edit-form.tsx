"use client";

import { NameField, SortOrderField } from "@/components/admin/reference-fields";
import { FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZUpdateArea } from "@/lib/reference-data/schemas";

interface AreaEditFormProps {
  area: { id: string; name: string; sortOrder: number };
  action: FormAction;
}

export function AreaEditForm({ area, action }: AreaEditFormProps) {
  const actionForm = useActionForm({
    schema: ZUpdateArea,
    defaultValues: { id: area.id, name: area.name, sortOrder: String(area.sortOrder) },
    action,
    idPrefix: "omrade",
  });
  return (
    <div className="max-w-2xl">
      <FormShell {...actionForm} submitLabel="Spara ändringarna">
        <input type="hidden" {...actionForm.form.register("id")} />
        <NameField actionForm={actionForm} hint="Rapporter i området visar det nya namnet." />
        <SortOrderField actionForm={actionForm} />
      </FormShell>
    </div>
  );
}
