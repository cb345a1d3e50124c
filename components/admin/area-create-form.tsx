"use client";

import { createAreaAction } from "@/app/(staff)/admin/omraden/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { NameField, SortOrderField } from "@/components/admin/reference-fields";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { TextField } from "@/components/ui/text-field";
import { ZCreateArea } from "@/lib/reference-data/schemas";

export function AreaCreateForm({ nextSortOrder }: { nextSortOrder: number }) {
  const admin = useAdminForm({
    schema: ZCreateArea,
    defaultValues: { code: "", name: "", sortOrder: String(nextSortOrder) },
    action: createAreaAction,
    idPrefix: "nytt-omrade",
    resetOnSuccess: true,
  });
  const { register, formState } = admin.form;
  const e = formState.errors;
  return (
    <AdminForm {...admin} submitLabel="Lägg till området">
      <NameField admin={admin} hint="Till exempel ”Spelberoende”." />
      <TextField
        id={admin.fieldId("code")}
        label="Kod"
        required
        autoComplete="off"
        hint="En fast kort kod för statistiken, till exempel SPEL. Den kan inte ändras senare."
        error={e.code?.message}
        className="max-w-72 uppercase"
        {...register("code")}
      />
      <SortOrderField admin={admin} />
    </AdminForm>
  );
}
