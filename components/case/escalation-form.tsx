"use client";

import { escalateCaseAction } from "@/app/(staff)/inkorg/[id]/actions";
import { CaseFormShell } from "@/components/case/case-form-shell";
import { useCaseForm } from "@/components/case/use-case-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { ZEscalateCase } from "@/lib/cases/schemas";
import { swedishToday } from "@/lib/dates";

const LEVELS = [
  { value: "LOKAL", label: "Lokal samverkansgrupp" },
  { value: "DELREGIONAL", label: "Delregional nivå (det delregionala samrådet)" },
];

/** Records that the brist was raised to the next level of responsibility, when and with what outcome. */
export function EscalationForm({ reportId }: { reportId: string }) {
  const { form, idFor, ...state } = useCaseForm({
    schema: ZEscalateCase,
    defaultValues: { reportId, raisedOn: swedishToday(), outcome: "" },
    action: escalateCaseAction,
    idPrefix: "eskalera",
    onSaved: (f) => f.reset({ reportId, raisedOn: swedishToday(), outcome: "" }),
    persist: { key: `eskalera:${reportId}`, fields: ["raisedOn", "outcome"] },
  });
  const e = form.formState.errors;
  return (
    <CaseFormShell
      id="eskalera"
      title="Lyft vidare"
      intro="När bristen inte kan lösas av närmsta chefer: registrera att den lyfts till nästa ansvarsnivå."
      submitLabel="Spara eskalering"
      {...state}
    >
      <ChoiceGroup
        id={idFor("level")}
        legend="Nivå"
        type="radio"
        options={LEVELS}
        error={e.level?.message}
        inputProps={form.register("level")}
      />
      <TextField
        id={idFor("raisedOn")}
        label="Datum"
        required
        inputMode="numeric"
        autoComplete="off"
        hint="Skriv som ÅÅÅÅ-MM-DD."
        error={e.raisedOn?.message}
        {...form.register("raisedOn")}
      />
      <TextArea
        id={idFor("outcome")}
        label="Utfall"
        rows={3}
        hint="Vad beslutades, eller vad händer härnäst?"
        error={e.outcome?.message}
        {...form.register("outcome")}
      />
    </CaseFormShell>
  );
}
