"use client";

import type { Huvudman } from "@/generated/prisma/enums";
import { updateOrganisationAction } from "@/app/(staff)/admin/organisationer/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { HUVUDMAN_OPTIONS } from "@/components/admin/huvudman-options";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/text-field";
import { ZUpdateOrganisation } from "@/lib/admin/schemas";

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
  const { register, formState } = admin.form;
  const e = formState.errors;
  return (
    <AdminForm {...admin} submitLabel="Spara ändringarna">
      <input type="hidden" {...register("id")} />
      <TextField
        id={admin.fieldId("name")}
        label="Namn"
        required
        hint="Rapporter som redan nämner organisationen visar det nya namnet."
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
