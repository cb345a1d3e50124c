"use client";

import { Controller } from "react-hook-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { DateInput } from "@/components/ui/date-input";
import { FormShell } from "@/components/ui/form-shell";
import { AutosaveStatus, BackLink } from "@/components/wizard/step-form-parts";
import { useStepForm, type SaveStepAction, type StepFormAction } from "@/components/wizard/use-step-form";
import { ZEventStep, type TEventStep } from "@/lib/reports/schemas";
import { EMPTY_STEP_FORMS } from "@/lib/reports/step-form-fields";
import type { Option } from "@/components/wizard/types";

const TIMING = [
  { value: "datum", label: "Jag vet datumet" },
  { value: "manad", label: "Jag vet bara månaden" },
];

const AGE_GROUPS = [
  { value: "BARN", label: "Barn (0–17 år)" },
  { value: "VUXEN", label: "Vuxen" },
  { value: "ALDRE", label: "Äldre (65 år och äldre)" },
  { value: "", label: "Vill inte ange" },
];

export function EventStepForm({
  defaults,
  areas,
  action,
  formAction,
}: {
  defaults: Partial<TEventStep>;
  areas: Option[];
  action: SaveStepAction;
  /** The same save as a plain form post, for a browser without JavaScript. */
  formAction: StepFormAction;
}) {
  const { form, register, saveState, savedAt, refusal, ...state } = useStepForm({
    step: "event",
    schema: ZEventStep,
    defaultValues: { ...EMPTY_STEP_FORMS.event, ...defaults },
    action,
    formAction,
  });
  const { formState, watch } = form;
  const e = formState.errors;
  const timing = watch("eventTiming");
  return (
    <FormShell
      {...state}
      submitLabel="Spara och fortsätt"
      secondary={<BackLink href="/rapportera/samverkanspart" />}
      statusLine={<AutosaveStatus saveState={saveState} savedAt={savedAt} refusal={refusal} />}
    >
      <ChoiceGroup
        id="eventTiming"
        legend="När hände det?"
        type="radio"
        options={TIMING}
        error={e.eventTiming?.message}
        inputProps={register("eventTiming")}
      />
      {timing === "manad" ? (
        <Controller
          control={form.control}
          name="eventMonth"
          render={({ field }) => (
            <DateInput
              id="eventMonth"
              name={field.name}
              legend="Vilken månad hände det?"
              hint="Till exempel 3 2026."
              hasDay={false}
              error={e.eventMonth?.message}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
            />
          )}
        />
      ) : timing === "datum" ? (
        <Controller
          control={form.control}
          name="eventDate"
          render={({ field }) => (
            <DateInput
              id="eventDate"
              name={field.name}
              legend="Vilket datum hände det?"
              hint="Till exempel 27 3 2026."
              error={e.eventDate?.message}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
            />
          )}
        />
      ) : null}
      <ChoiceGroup
        id="areaIds"
        legend="Vilka områden gäller bristen?"
        hint="Välj ett eller flera."
        type="checkbox"
        options={areas}
        error={e.areaIds?.message}
        inputProps={register("areaIds")}
      />
      <ChoiceGroup
        id="ageGroup"
        legend="Åldersgrupp"
        hint="Endast grov åldersgrupp, för statistiken. Ange aldrig ålder eller födelsedatum. Du kan välja ”Vill inte ange”."
        type="radio"
        options={AGE_GROUPS}
        error={e.ageGroup?.message}
        inputProps={register("ageGroup")}
      />
    </FormShell>
  );
}
