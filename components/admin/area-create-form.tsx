"use client";

import { createAreaAction } from "@/app/(staff)/admin/omraden/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { TextField } from "@/components/ui/text-field";
import { ZCreateArea } from "@/lib/admin/schemas";

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
      <TextField
        id={admin.fieldId("name")}
        label="Namn"
        required
        hint="Till exempel ”Spelberoende”."
        error={e.name?.message}
        {...register("name")}
      />
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
