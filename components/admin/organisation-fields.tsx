"use client";

import { HUVUDMAN_OPTIONS } from "@/components/admin/huvudman-options";
import { NameField, SortOrderField, type FieldBinding } from "@/components/admin/reference-fields";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/text-field";

interface OrganisationFieldsProps {
  actionForm: FieldBinding<"name" | "huvudman" | "sortOrder" | "emailDomains">;
  nameHint: string;
}

/** Name, huvudman, sort order and e-mail domains: the fields of both the create and the edit form. */
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
      <TextField
        id={actionForm.fieldId("emailDomains")}
        label="Tillåtna e-postdomäner"
        hint="Länkar till samverkansparter och kvitton skickas bara till adresser i de här domänerna (och deras underdomäner). Skriv dem med komma emellan, till exempel skane.se, helsingborg.se. Tomt: ingen e-post skickas till organisationen."
        error={actionForm.form.formState.errors.emailDomains?.message}
        autoComplete="off"
        spellCheck={false}
        {...actionForm.form.register("emailDomains")}
      />
    </>
  );
}
