"use client";

import type { Huvudman } from "@/generated/prisma/enums";
import { OrganisationFields } from "@/components/admin/organisation-fields";
import { FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZUpdateOrganisation } from "@/lib/reference-data/schemas";

interface OrganisationEditFormProps {
  organisation: { id: string; name: string; huvudman: Huvudman; sortOrder: number; emailDomains: string[] };
  action: FormAction;
}

export function OrganisationEditForm({ organisation, action }: OrganisationEditFormProps) {
  const actionForm = useActionForm({
    schema: ZUpdateOrganisation,
    defaultValues: {
      ...organisation,
      sortOrder: String(organisation.sortOrder),
      emailDomains: organisation.emailDomains.join(", "),
    },
    action,
    idPrefix: "org",
  });
  return (
    <div className="max-w-2xl">
      <FormShell {...actionForm} submitLabel="Spara ändringarna">
        <input type="hidden" {...actionForm.form.register("id")} />
        <OrganisationFields
          actionForm={actionForm}
          nameHint="Rapporter som redan nämner organisationen visar det nya namnet."
        />
      </FormShell>
    </div>
  );
}
