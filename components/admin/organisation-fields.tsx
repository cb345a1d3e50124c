"use client";

import { HUVUDMAN_OPTIONS } from "@/components/admin/huvudman-options";
import { NameField, SortOrderField, type FieldBinding } from "@/components/admin/reference-fields";
import { ChoiceGroup } from "@/components/ui/choice-group";

interface OrganisationFieldsProps {
  actionForm: FieldBinding<"name" | "huvudman" | "sortOrder">;
  nameHint: string;
}

/** Name, huvudman and sort order: the fields of both the create and the edit form for an organisation. */
export function OrganisationFields({ actionForm, nameHint }: OrganisationFieldsProps) {
  return (
    <>
      <NameField actionForm={actionForm} hint={nameHint} />
      <ChoiceGroup
        id={actionForm.fieldId("huvudman")}
        legend="Huvudman"
        type="radio"
        options={HUVUDMAN_OPTIONS}
        error={actionForm.form.formState.errors.huvudman?.message}
        inputProps={actionForm.form.register("huvudman")}
      />
      <SortOrderField actionForm={actionForm} hint="Lägre tal visas först inom sin huvudman." />
    </>
  );
}
