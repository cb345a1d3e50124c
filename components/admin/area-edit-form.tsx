"use client";

import { updateAreaAction } from "@/app/(staff)/admin/omraden/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { TextField } from "@/components/ui/text-field";
import { ZUpdateArea } from "@/lib/admin/schemas";

export function AreaEditForm({ area }: { area: { id: string; name: string; sortOrder: number } }) {
  const admin = useAdminForm({
    schema: ZUpdateArea,
    defaultValues: { id: area.id, name: area.name, sortOrder: String(area.sortOrder) },
    action: updateAreaAction,
    idPrefix: "omrade",
  });
  const { register, formState } = admin.form;
  const e = formState.errors;
  return (
    <AdminForm {...admin} submitLabel="Spara ändringarna">
      <input type="hidden" {...register("id")} />
      <TextField
        id={admin.fieldId("name")}
        label="Namn"
        required
        hint="Rapporter i området visar det nya namnet."
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
