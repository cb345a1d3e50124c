"use client";

import { updateCategoryAction } from "@/app/(staff)/admin/kategorier/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { NameField, SortOrderField } from "@/components/admin/reference-fields";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { ZUpdateCategory } from "@/lib/reference-data/schemas";

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
  const nameHint =
    category.usage > 0
      ? `${category.usage} brister från ${category.year} har kategorin och visar det nya namnet. Andra år har egna listor och påverkas inte.`
      : `Gäller bara listan för ${category.year}.`;
  return (
    <AdminForm {...admin} submitLabel="Spara ändringarna">
      <input type="hidden" {...admin.form.register("id")} />
      <NameField admin={admin} hint={nameHint} />
      <SortOrderField admin={admin} />
    </AdminForm>
  );
}
