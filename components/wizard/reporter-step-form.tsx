"use client";

import { ChoiceGroup } from "@/components/ui/choice-group";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { StepFormShell } from "@/components/wizard/step-form-shell";
import { useStepForm } from "@/components/wizard/use-step-form";
import { ZReporterStep, type TReporterStep } from "@/lib/reports/schemas";
import type { OrganisationGroup } from "@/components/wizard/types";

const YES_NO = [
  { value: "ja", label: "Ja" },
  { value: "nej", label: "Nej" },
];

export function ReporterStepForm({
  defaults,
  organisations,
}: {
  defaults: Partial<TReporterStep>;
  organisations: OrganisationGroup[];
}) {
  const step = useStepForm<TReporterStep>("reporter", ZReporterStep, {
    reporterName: "",
    reporterEmail: "",
    reporterPhone: "",
    organisationId: "",
    unit: "",
    reporterRole: "",
    ...defaults,
  });
  const { register, formState } = step.form;
  const e = formState.errors;
  return (
    <StepFormShell {...step}>
      <p className="mb-6">
        Dina kontaktuppgifter används bara av samordnarna för återkoppling. De lämnas aldrig vidare till
        arbetsgruppen.
      </p>
      <TextField
        id="reporterName"
        label="Ditt namn"
        required
        autoComplete="name"
        error={e.reporterName?.message}
        {...register("reporterName")}
      />
      <TextField
        id="reporterEmail"
        label="Din e-postadress"
        type="email"
        required
        autoComplete="email"
        hint="Använd din jobbadress."
        error={e.reporterEmail?.message}
        {...register("reporterEmail")}
      />
      <TextField
        id="reporterPhone"
        label="Ditt telefonnummer"
        type="tel"
        autoComplete="tel"
        error={e.reporterPhone?.message}
        {...register("reporterPhone")}
      />
      <SelectField
        id="organisationId"
        label="Din organisation"
        required
        placeholder="Välj organisation"
        groups={organisations}
        error={e.organisationId?.message}
        {...register("organisationId")}
      />
      <TextField
        id="unit"
        label="Enhet eller verksamhet"
        required
        hint="Till exempel socialpsykiatri eller psykiatrisk öppenvård."
        error={e.unit?.message}
        {...register("unit")}
      />
      <TextField
        id="reporterRole"
        label="Din roll"
        required
        hint="Till exempel handläggare, sjuksköterska eller enhetschef."
        autoComplete="organization-title"
        error={e.reporterRole?.message}
        {...register("reporterRole")}
      />
      <ChoiceGroup
        id="hasConsultedChef"
        legend="Har du pratat med din närmsta chef om bristen?"
        type="radio"
        options={YES_NO}
        error={e.hasConsultedChef?.message}
        inputProps={register("hasConsultedChef")}
      />
    </StepFormShell>
  );
}
