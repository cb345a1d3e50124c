"use client";

import { createCategoryAction } from "@/app/(staff)/admin/kategorier/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { TextField } from "@/components/ui/text-field";
import { ZCreateCategory } from "@/lib/admin/schemas";

export function CategoryCreateForm({ year, nextSortOrder }: { year: number; nextSortOrder: number }) {
  const admin = useAdminForm({
    schema: ZCreateCategory,
    defaultValues: { year: String(year), name: "", sortOrder: String(nextSortOrder) },
    action: createCategoryAction,
    idPrefix: "ny-kategori",
    resetOnSuccess: true,
  });
  const { register, formState } = admin.form;
  const e = formState.errors;
  return (
    <AdminForm {...admin} submitLabel={`Lägg till kategorin för ${year}`}>
      <input type="hidden" {...register("year")} />
      <TextField
        id={admin.fieldId("name")}
        label="Namn"
        required
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
