"use client";

import { OrganisationFields } from "@/components/admin/organisation-fields";
import { FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZCreateOrganisation } from "@/lib/reference-data/schemas";

export function OrganisationCreateForm({
  nextSortOrder,
  action,
}: {
  nextSortOrder: number;
  action: FormAction;
}) {
  const actionForm = useActionForm({
    schema: ZCreateOrganisation,
    defaultValues: { name: "", huvudman: undefined, sortOrder: String(nextSortOrder), emailDomains: "" },
    action,
    idPrefix: "ny-org",
    resetOnSuccess: true,
  });
  return (
    <div className="max-w-2xl">
      <FormShell {...actionForm} submitLabel="Lägg till organisationen">
        <OrganisationFields
          actionForm={actionForm}
          nameHint="Som det ska stå i rapportformuläret, till exempel ”Båstads kommun”."
        />
      </FormShell>
    </div>
  );
}
