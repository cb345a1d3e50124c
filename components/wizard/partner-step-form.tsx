"use client";

import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/text-field";
import { StepFormShell } from "@/components/wizard/step-form-shell";
import { useStepForm } from "@/components/wizard/use-step-form";
import { ZPartnerStep, type TPartnerStep } from "@/lib/reports/schemas";
import type { OrganisationGroup } from "@/components/wizard/types";

export function PartnerStepForm({ defaults, organisations }: { defaults: Partial<TPartnerStep>; organisations: OrganisationGroup[] }) {
  const step = useStepForm<TPartnerStep>("partner", ZPartnerStep, {
    partnerOrganisationIds: [],
    partnerOther: "",
    ...defaults,
  });
  const { register, formState } = step.form;
  const e = formState.errors;
  return (
    <StepFormShell {...step} backHref="/rapportera/om-dig">
      <p className="mb-6">Vilken eller vilka organisationer gällde samverkan? Du kan välja flera.</p>
      {organisations.map((group, index) => (
        <ChoiceGroup
          key={group.label}
          id={index === 0 ? "partnerOrganisationIds" : `partnerOrganisationIds-grupp-${index}`}
          legend={group.label}
          type="checkbox"
          isOptional
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
