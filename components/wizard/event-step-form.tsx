"use client";

import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { AutosaveStatus, BackLink } from "@/components/wizard/step-form-parts";
import { useStepForm, type SaveStepAction } from "@/components/wizard/use-step-form";
import { ZEventStep, type TEventStep } from "@/lib/reports/schemas";
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
}: {
  defaults: Partial<TEventStep>;
  areas: Option[];
  action: SaveStepAction;
}) {
  const { form, saveState, savedAt, ...state } = useStepForm({
    step: "event",
    schema: ZEventStep,
    defaultValues: {
      eventTiming: "datum",
      eventDate: "",
      eventMonth: "",
      areaIds: [],
      ageGroup: "",
      ...defaults,
    },
    action,
  });
  const { register, formState, watch } = form;
  const e = formState.errors;
  const timing = watch("eventTiming");
  return (
    <FormShell
      {...state}
      submitLabel="Spara och fortsätt"
      secondary={<BackLink href="/rapportera/samverkanspart" />}
      statusLine={<AutosaveStatus saveState={saveState} savedAt={savedAt} />}
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
        <TextField
          id="eventMonth"
          label="Månad"
          inputMode="numeric"
          autoComplete="off"
          required
          hint="Skriv som ÅÅÅÅ-MM, till exempel 2026-03."
          error={e.eventMonth?.message}
          {...register("eventMonth")}
        />
      ) : (
        <TextField
          id="eventDate"
          label="Datum"
          inputMode="numeric"
          autoComplete="off"
          required
          hint="Skriv som ÅÅÅÅ-MM-DD."
          error={e.eventDate?.message}
          {...register("eventDate")}
        />
      )}
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
        hint="Endast grov åldersgrupp, för statistiken. Ange aldrig ålder eller födelsedatum."
        type="radio"
        isOptional
        options={AGE_GROUPS}
        error={e.ageGroup?.message}
        inputProps={register("ageGroup")}
      />
    </FormShell>
  );
}
