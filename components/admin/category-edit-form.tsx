"use client";

import { updateCategoryAction } from "@/app/(staff)/admin/kategorier/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { TextField } from "@/components/ui/text-field";
import { ZUpdateCategory } from "@/lib/admin/schemas";

interface CategoryEditFormProps {
  category: { id: string; name: string; sortOrder: number; year: number; usage: number };
}

export function CategoryEditForm({ category }: CategoryEditFormProps) {
  const admin = useAdminForm({
    schema: ZUpdateCategory,
    defaultValues: { id: category.id, name: category.name, sortOrder: String(category.sortOrder) },
    action: updateCategoryAction,
    idPrefix: "kategori",
  });
  const { register, formState } = admin.form;
  const e = formState.errors;
  const nameHint =
    category.usage > 0
      ? `${category.usage} brister från ${category.year} har kategorin och visar det nya namnet. Andra år har egna listor och påverkas inte.`
      : `Gäller bara listan för ${category.year}.`;
  return (
    <AdminForm {...admin} submitLabel="Spara ändringarna">
      <input type="hidden" {...register("id")} />
      <TextField
        id={admin.fieldId("name")}
        label="Namn"
        required
        hint={nameHint}
        error={e.name?.message}
        {...register("name")}
      />
      <TextField
        id={admin.fieldId("sortOrder")}
        label="Sortering"
        required
        inputMode="numeric"
        hint="Lägre tal visas först."
        error={e.sortOrder?.message}
        className="max-w-40"
        {...register("sortOrder")}
      />
    </AdminForm>
  );
}
