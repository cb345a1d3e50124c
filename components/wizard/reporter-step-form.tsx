"use client";

import Link from "next/link";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormShell } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { AutosaveStatus } from "@/components/wizard/step-form-parts";
import { useStepForm, type SaveStepAction, type StepFormAction } from "@/components/wizard/use-step-form";
import { ZReporterStep, type TReporterStep } from "@/lib/reports/schemas";
import { EMPTY_STEP_FORMS } from "@/lib/reports/step-form-fields";
import type { OrganisationGroup } from "@/components/wizard/types";

const YES_NO = [
  { value: "ja", label: "Ja" },
  { value: "nej", label: "Nej" },
];

export function ReporterStepForm({
  defaults,
  organisations,
  action,
  formAction,
}: {
  defaults: Partial<TReporterStep>;
  organisations: OrganisationGroup[];
  action: SaveStepAction;
  /** The same save as a plain form post, for a browser without JavaScript. */
  formAction: StepFormAction;
}) {
  const { form, register, saveState, savedAt, refusal, ...state } = useStepForm({
    step: "reporter",
    schema: ZReporterStep,
    defaultValues: { ...EMPTY_STEP_FORMS.reporter, ...defaults },
    action,
    formAction,
  });
  const { formState } = form;
  const e = formState.errors;
  return (
    <FormShell
      {...state}
      submitLabel="Spara och fortsätt"
      statusLine={<AutosaveStatus saveState={saveState} savedAt={savedAt} refusal={refusal} />}
    >
      <p className="mb-6">
        Dina kontaktuppgifter används bara av samordnarna för återkoppling. De lämnas aldrig vidare till
        arbetsgruppen.{" "}
        <Link href="/personuppgifter" className="text-brand-900 underline">
          Så behandlar vi personuppgifter
        </Link>
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
    </FormShell>
  );
}
