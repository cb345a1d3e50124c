"use client";

import { createOrganisationAction } from "@/app/(staff)/admin/organisationer/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { OrganisationFields } from "@/components/admin/organisation-fields";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { ZCreateOrganisation } from "@/lib/reference-data/schemas";

export function OrganisationCreateForm({ nextSortOrder }: { nextSortOrder: number }) {
  const admin = useAdminForm({
    schema: ZCreateOrganisation,
    defaultValues: { name: "", huvudman: undefined, sortOrder: String(nextSortOrder) },
    action: createOrganisationAction,
    idPrefix: "ny-org",
    resetOnSuccess: true,
  });
  return (
    <AdminForm {...admin} submitLabel="Lägg till organisationen">
      <OrganisationFields
        admin={admin}
        nameHint="Som det ska stå i rapportformuläret, till exempel ”Båstads kommun”."
      />
    </AdminForm>
  );
}
