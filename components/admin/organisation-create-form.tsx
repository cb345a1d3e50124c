"use client";

import { createOrganisationAction } from "@/app/(staff)/admin/organisationer/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { HUVUDMAN_OPTIONS } from "@/components/admin/huvudman-options";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/text-field";
import { ZCreateOrganisation } from "@/lib/admin/schemas";

export function OrganisationCreateForm({ nextSortOrder }: { nextSortOrder: number }) {
  const admin = useAdminForm({
    schema: ZCreateOrganisation,
    defaultValues: { name: "", huvudman: undefined, sortOrder: String(nextSortOrder) },
    action: createOrganisationAction,
    idPrefix: "ny-org",
    resetOnSuccess: true,
  });
  const { register, formState } = admin.form;
  const e = formState.errors;
  return (
    <AdminForm {...admin} submitLabel="Lägg till organisationen">
      <TextField
        id={admin.fieldId("name")}
        label="Namn"
        required
        hint="Som det ska stå i rapportformuläret, till exempel ”Båstads kommun”."
        error={e.name?.message}
        {...register("name")}
      />
      <ChoiceGroup
        id={admin.fieldId("huvudman")}
        legend="Huvudman"
        type="radio"
        options={HUVUDMAN_OPTIONS}
        error={e.huvudman?.message}
        inputProps={register("huvudman")}
      />
      <TextField
        id={admin.fieldId("sortOrder")}
        label="Sortering"
        required
        inputMode="numeric"
        hint="Lägre tal visas först inom sin huvudman."
        error={e.sortOrder?.message}
        className="max-w-40"
        {...register("sortOrder")}
      />
    </AdminForm>
  );
}
