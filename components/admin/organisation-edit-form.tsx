"use client";

import type { Huvudman } from "@/generated/prisma/enums";
import { updateOrganisationAction } from "@/app/(staff)/admin/organisationer/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { OrganisationFields } from "@/components/admin/organisation-fields";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { ZUpdateOrganisation } from "@/lib/reference-data/schemas";

interface OrganisationEditFormProps {
  organisation: { id: string; name: string; huvudman: Huvudman; sortOrder: number };
}

export function OrganisationEditForm({ organisation }: OrganisationEditFormProps) {
  const admin = useAdminForm({
    schema: ZUpdateOrganisation,
    defaultValues: { ...organisation, sortOrder: String(organisation.sortOrder) },
    action: updateOrganisationAction,
    idPrefix: "org",
  });
  return (
    <AdminForm {...admin} submitLabel="Spara ändringarna">
      <input type="hidden" {...admin.form.register("id")} />
      <OrganisationFields
        admin={admin}
        nameHint="Rapporter som redan nämner organisationen visar det nya namnet."
      />
    </AdminForm>
  );
}
