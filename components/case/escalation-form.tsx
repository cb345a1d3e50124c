"use client";

import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormShell } from "@/components/ui/form-shell";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZEscalateCase } from "@/lib/cases/schemas";
import { swedishToday } from "@/lib/dates";

const LEVELS = [
  { value: "LOKAL", label: "Lokal samverkansgrupp" },
  { value: "DELREGIONAL", label: "Delregional nivå (det delregionala samrådet)" },
];

/** Records that the brist was raised to the next level of responsibility, when and with what outcome. */
export function EscalationForm({ reportId, action }: { reportId: string; action: FormAction }) {
  const { form, fieldId, ...state } = useActionForm({
    schema: ZEscalateCase,
    defaultValues: { reportId, raisedOn: swedishToday(), outcome: "" },
    action,
    idPrefix: "eskalera",
    resetOnSuccess: true,
    persist: { key: `eskalera:${reportId}`, fields: ["raisedOn", "outcome"] },
  });
  const e = form.formState.errors;
  return (
    <FormShell
      id="eskalera"
      title="Lyft vidare"
      intro="När bristen inte kan lösas av närmsta chefer: registrera att den lyfts till nästa ansvarsnivå."
      submitLabel="Spara eskalering"
      {...state}
    >
      <ChoiceGroup
        id={fieldId("level")}
        legend="Nivå"
        type="radio"
        options={LEVELS}
        error={e.level?.message}
        inputProps={form.register("level")}
      />
      <TextField
        id={fieldId("raisedOn")}
        label="Datum"
        required
        inputMode="numeric"
        autoComplete="off"
        hint="Skriv som ÅÅÅÅ-MM-DD."
        error={e.raisedOn?.message}
        {...form.register("raisedOn")}
      />
      <TextArea
        id={fieldId("outcome")}
        label="Utfall"
        rows={3}
        hint="Vad beslutades, eller vad händer härnäst?"
        error={e.outcome?.message}
        {...form.register("outcome")}
      />
    </FormShell>
  );
}
