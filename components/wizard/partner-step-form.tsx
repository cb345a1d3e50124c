"use client";

import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/text-field";
import { StepFormShell } from "@/components/wizard/step-form-shell";
import { useStepForm } from "@/components/wizard/use-step-form";
import { ZPartnerStep, type TPartnerStep } from "@/lib/reports/schemas";
import type { OrganisationGroup } from "@/components/wizard/types";

export function PartnerStepForm({
  defaults,
  organisations,
}: {
  defaults: Partial<TPartnerStep>;
  organisations: OrganisationGroup[];
}) {
  const step = useStepForm<TPartnerStep>("partner", ZPartnerStep, {
    partnerOrganisationIds: [],
    partnerOther: "",
    ...defaults,
  });
  const { register, formState } = step.form;
  const e = formState.errors;
  return (
    <StepFormShell {...step} backHref="/rapportera/om-dig">
      <p className="mb-6">Vilken eller vilka organisationer gällde samverkan?</p>
      {/* At least one party is required across the groups, so no group is marked "(frivilligt)". */}
      {organisations.map((group, index) => (
        <ChoiceGroup
          key={group.label}
          id={index === 0 ? "partnerOrganisationIds" : `partnerOrganisationIds-grupp-${index}`}
          legend={group.label}
          hint={
            index === 0
              ? "Välj minst en. Du kan välja flera, även i grupperna nedan, eller skriva en övrig aktör längst ned."
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
    </StepFormShell>
  );
}
