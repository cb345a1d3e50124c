"use client";

import { NameField, SortOrderField } from "@/components/admin/reference-fields";
import { FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZUpdateCategory } from "@/lib/reference-data/schemas";

interface CategoryEditFormProps {
  category: { id: string; name: string; sortOrder: number; year: number; usage: number };
  action: FormAction;
}

export function CategoryEditForm({ category, action }: CategoryEditFormProps) {
  const actionForm = useActionForm({
    schema: ZUpdateCategory,
    defaultValues: { id: category.id, name: category.name, sortOrder: String(category.sortOrder) },
    action,
    idPrefix: "kategori",
  });
  const nameHint =
    category.usage > 0
      ? `${category.usage} brister från ${category.year} har kategorin och visar det nya namnet. Andra år har egna listor och påverkas inte.`
      : `Gäller bara listan för ${category.year}.`;
  return (
    <div className="max-w-2xl">
      <FormShell {...actionForm} submitLabel="Spara ändringarna">
        <input type="hidden" {...actionForm.form.register("id")} />
        <NameField actionForm={actionForm} hint={nameHint} />
        <SortOrderField actionForm={actionForm} />
      </FormShell>
    </div>
  );
}
