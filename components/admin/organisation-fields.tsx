"use client";

import { HUVUDMAN_OPTIONS } from "@/components/admin/huvudman-options";
import { NameField, SortOrderField, type AdminFieldBinding } from "@/components/admin/reference-fields";
import { ChoiceGroup } from "@/components/ui/choice-group";

interface OrganisationFieldsProps {
  admin: AdminFieldBinding<"name" | "huvudman" | "sortOrder">;
  nameHint: string;
}

/** Name, huvudman and sort order: the fields of both the create and the edit form for an organisation. */
export function OrganisationFields({ admin, nameHint }: OrganisationFieldsProps) {
  return (
    <>
      <NameField admin={admin} hint={nameHint} />
      <ChoiceGroup
        id={admin.fieldId("huvudman")}
        legend="Huvudman"
        type="radio"
        options={HUVUDMAN_OPTIONS}
        error={admin.form.formState.errors.huvudman?.message}
        inputProps={admin.form.register("huvudman")}
      />
      <SortOrderField admin={admin} hint="Lägre tal visas först inom sin huvudman." />
    </>
  );
}
