"use client";

import { NameField, SortOrderField } from "@/components/admin/reference-fields";
import { FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZCreateCategory } from "@/lib/reference-data/schemas";

interface CategoryCreateFormProps {
  year: number;
  nextSortOrder: number;
  action: FormAction;
}

export function CategoryCreateForm({ year, nextSortOrder, action }: CategoryCreateFormProps) {
  const actionForm = useActionForm({
    schema: ZCreateCategory,
    defaultValues: { year: String(year), name: "", sortOrder: String(nextSortOrder) },
    action,
    idPrefix: "ny-kategori",
    resetOnSuccess: true,
  });
  return (
    <div className="max-w-2xl">
      <FormShell id="ny-kategori" {...actionForm} submitLabel={`Lägg till kategorin för ${year}`}>
        <input type="hidden" {...actionForm.form.register("year")} />
        <NameField actionForm={actionForm} />
        <SortOrderField actionForm={actionForm} />
      </FormShell>
    </div>
  );
}
