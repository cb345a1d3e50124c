"use client";

import { FormShell } from "@/components/ui/form-shell";
import { TextArea } from "@/components/ui/text-area";
import { IdentifierFindings, confirmationFor } from "@/components/wizard/identifier-findings";
import { AutosaveStatus, BackLink } from "@/components/wizard/step-form-parts";
import { useStepForm, type SaveStepAction, type StepFormAction } from "@/components/wizard/use-step-form";
import { ZDescriptionStep, type TDescriptionStep } from "@/lib/reports/schemas";
import { EMPTY_STEP_FORMS } from "@/lib/reports/step-form-fields";

export function DescriptionStepForm({
  defaults,
  action,
  formAction,
}: {
  defaults: Partial<TDescriptionStep>;
  action: SaveStepAction;
  /** The same save as a plain form post, for a browser without JavaScript. */
  formAction: StepFormAction;
}) {
  const { form, register, saveState, savedAt, refusal, isWithholding, ...state } = useStepForm({
    step: "description",
    schema: ZDescriptionStep,
    defaultValues: { ...EMPTY_STEP_FORMS.description, ...defaults },
    action,
    formAction,
  });
  const { formState, watch } = form;
  const e = formState.errors;
  return (
    <FormShell
      {...state}
      submitLabel="Spara del ett"
      secondary={<BackLink href="/rapportera/handelsen" />}
      statusLine={
        <AutosaveStatus
          saveState={saveState}
          savedAt={savedAt}
          refusal={refusal}
          isWithholding={isWithholding}
        />
      }
    >
      <div className="mb-6 rounded border-l-8 border-amber-600 bg-amber-50 p-4">
        <p className="font-semibold">Skriv inga uppgifter som kan identifiera den enskilde.</p>
        <p>
          Inga namn, personnummer, adresser, telefonnummer eller ovanliga detaljer. Skriv till exempel ”en
          vuxen kvinna med psykossjukdom” och beskriv vad som hände i samverkan. Under varje fält ser du det
          som behöver kontrolleras medan du skriver.
        </p>
      </div>
      <TextArea
        id="description"
        label="Beskriv händelsen"
        required
        hint="Vad hände, vilka verksamheter var inblandade och vad fungerade inte i samverkan?"
        error={e.description?.message}
        after={
          <IdentifierFindings
            text={watch("description")}
            fieldLabel="Beskriv händelsen"
            confirmation={confirmationFor(
              form,
              "identifierConfirmations.description",
              "identifierConfirmations-description",
            )}
          />
        }
        {...register("description")}
      />
      <TextArea
        id="actionsTaken"
        label="Vilka åtgärder har ni vidtagit för att lösa individens ärende?"
        required
        error={e.actionsTaken?.message}
        after={
          <IdentifierFindings
            text={watch("actionsTaken")}
            fieldLabel="Vidtagna åtgärder"
            confirmation={confirmationFor(
              form,
              "identifierConfirmations.actionsTaken",
              "identifierConfirmations-actionsTaken",
            )}
          />
        }
        {...register("actionsTaken")}
      />
    </FormShell>
  );
}
