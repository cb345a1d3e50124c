"use client";

import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZFourEyesSettingsForm } from "@/lib/settings/schemas";

const MODES = [
  {
    value: "auto",
    label: "Automatiskt: när det finns minst två aktiva samordnare (standard)",
  },
  { value: "on", label: "Alltid: en annan samordnare godkänner" },
  { value: "off", label: "Aldrig: den som avidentifierar kan godkänna själv" },
];

interface FourEyesSettingsFormProps {
  mode: "auto" | "on" | "off";
  activeCoordinators: number;
  action: FormAction;
}

export function FourEyesSettingsForm({ mode, activeCoordinators, action }: FourEyesSettingsFormProps) {
  const { form, fieldId, ...state } = useActionForm({
    schema: ZFourEyesSettingsForm,
    defaultValues: { mode },
    action,
    idPrefix: "fyra-ogon",
  });
  return (
    <div className="max-w-2xl">
      <FormShell id="fyra-ogon" {...state} submitLabel="Spara inställningen">
        <ChoiceGroup
          id={fieldId("mode")}
          legend="När ska en andra samordnare godkänna avidentifieringen?"
          type="radio"
          options={MODES}
          hint={`Just nu finns ${activeCoordinators} aktiv${activeCoordinators === 1 ? "" : "a"} samordnare.`}
          error={form.formState.errors.mode?.message}
          inputProps={form.register("mode")}
        />
      </FormShell>
    </div>
  );
}
