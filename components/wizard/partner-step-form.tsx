"use client";

import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { AutosaveStatus, BackLink } from "@/components/wizard/step-form-parts";
import { useStepForm, type SaveStepAction, type StepFormAction } from "@/components/wizard/use-step-form";
import { ZPartnerStep, type TPartnerStep } from "@/lib/reports/schemas";
import { EMPTY_STEP_FORMS } from "@/lib/reports/step-form-fields";
import type { OrganisationGroup } from "@/components/wizard/types";

export function PartnerStepForm({
  defaults,
  organisations,
  action,
  formAction,
}: {
  defaults: Partial<TPartnerStep>;
  organisations: OrganisationGroup[];
  action: SaveStepAction;
  /** The same save as a plain form post, for a browser without JavaScript. */
  formAction: StepFormAction;
}) {
  const { form, register, saveState, savedAt, refusal, ...state } = useStepForm({
    step: "partner",
    schema: ZPartnerStep,
    defaultValues: { ...EMPTY_STEP_FORMS.partner, ...defaults },
    action,
    formAction,
  });
  const { formState } = form;
  const e = formState.errors;
  return (
    <FormShell
      {...state}
      submitLabel="Spara och fortsätt"
      secondary={<BackLink href="/rapportera/om-dig" />}
      statusLine={<AutosaveStatus saveState={saveState} savedAt={savedAt} refusal={refusal} />}
    >
      <p className="mb-6">Vilken eller vilka organisationer gällde samverkan?</p>
      {/* At least one party is required across the groups, so no group is marked "(frivilligt)". */}
      {organisations.map((group, index) => (
        <ChoiceGroup
          key={group.label}
          id={index === 0 ? "partnerOrganisationIds" : `partnerOrganisationIds-grupp-${index}`}
          legend={group.label}
          hint={
            index === 0
              ? "Välj minst en. Du kan välja flera (högst tio), även i grupperna nedan, eller skriva en övrig aktör längst ned."
              : undefined
          }
          type="checkbox"
          options={group.options}
          error={index === 0 ? e.partnerOrganisationIds?.message : undefined}
          inputProps={register("partnerOrganisationIds")}
        />
      ))}
      <TextField
        id="partnerOther"
        label="Övrig aktör som inte finns i listan"
        hint="Skriv organisationens namn, inte namn på personer."
        error={e.partnerOther?.message}
        {...register("partnerOther")}
      />
    </FormShell>
  );
}
