"use client";

import { createCategoryAction } from "@/app/(staff)/admin/kategorier/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { NameField, SortOrderField } from "@/components/admin/reference-fields";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { ZCreateCategory } from "@/lib/reference-data/schemas";

export function CategoryCreateForm({ year, nextSortOrder }: { year: number; nextSortOrder: number }) {
  const admin = useAdminForm({
    schema: ZCreateCategory,
    defaultValues: { year: String(year), name: "", sortOrder: String(nextSortOrder) },
    action: createCategoryAction,
    idPrefix: "ny-kategori",
    resetOnSuccess: true,
  });
  return (
    <AdminForm {...admin} submitLabel={`Lägg till kategorin för ${year}`}>
      <input type="hidden" {...admin.form.register("year")} />
      <NameField admin={admin} />
      <SortOrderField admin={admin} />
    </AdminForm>
  );
}
