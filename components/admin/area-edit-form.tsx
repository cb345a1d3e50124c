"use client";

import { updateAreaAction } from "@/app/(staff)/admin/omraden/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { NameField, SortOrderField } from "@/components/admin/reference-fields";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { ZUpdateArea } from "@/lib/reference-data/schemas";

export function AreaEditForm({ area }: { area: { id: string; name: string; sortOrder: number } }) {
  const admin = useAdminForm({
    schema: ZUpdateArea,
    defaultValues: { id: area.id, name: area.name, sortOrder: String(area.sortOrder) },
    action: updateAreaAction,
    idPrefix: "omrade",
  });
  return (
    <AdminForm {...admin} submitLabel="Spara ändringarna">
      <input type="hidden" {...admin.form.register("id")} />
      <NameField admin={admin} hint="Rapporter i området visar det nya namnet." />
      <SortOrderField admin={admin} />
    </AdminForm>
  );
}
