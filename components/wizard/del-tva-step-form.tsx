"use client";

import { Controller, useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { DateInput } from "@/components/ui/date-input";
import { FieldError } from "@/components/ui/field-error";
import { FormShell } from "@/components/ui/form-shell";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { IdentifierFindings, confirmationFor } from "@/components/wizard/identifier-findings";
import { AutosaveStatus, BackLink } from "@/components/wizard/step-form-parts";
import { useStepForm, type SaveStepAction, type StepFormAction } from "@/components/wizard/use-step-form";
import {
  BUTTON_FIELD,
  EMPTY_MEASURE,
  EMPTY_PARTICIPANT,
  EMPTY_STEP_FORMS,
  addRowButton,
  removeRowButton,
} from "@/lib/reports/step-form-fields";
import { MAX_MEASURES, MAX_PARTICIPANTS, ZDelTvaStep, type TDelTvaStep } from "@/lib/reports/schemas";

const YES_NO = [
  { value: "ja", label: "Ja" },
  { value: "nej", label: "Nej" },
];
const SOLVED = [
  { value: "JA", label: "Ja" },
  { value: "DELVIS", label: "Delvis" },
  { value: "NEJ", label: "Nej" },
];

export function DelTvaStepForm({
  defaults,
  action,
  formAction,
}: {
  defaults: Partial<TDelTvaStep>;
  action: SaveStepAction;
  /** The same save as a plain form post, for a browser without JavaScript. */
  formAction: StepFormAction;
}) {
  const { form, register, saveState, savedAt, refusal, isWithholding, ...state } = useStepForm({
    step: "delTva",
    schema: ZDelTvaStep,
    defaultValues: { ...EMPTY_STEP_FORMS.delTva, ...defaults },
    action,
    formAction,
  });
  const { formState, watch, control } = form;
  const e = formState.errors;
  // Without the script, adding and removing rows posts the form (the button's value says what to do) and the page
  // comes back with the rows changed; with it, they change in the page.
  const rowButtonType = useIsHydrated() ? "button" : "submit";
  const participants = useFieldArray({ control, name: "participants" });
  const measures = useFieldArray({ control, name: "measures" });
  const dialogueHeld = watch("dialogueHeld");
  const held = dialogueHeld === "ja";

  return (
    <FormShell
      {...state}
      submitLabel="Spara och granska"
      secondary={<BackLink href="/rapportera/del-ett-klar" />}
      statusLine={
        <AutosaveStatus
          saveState={saveState}
          savedAt={savedAt}
          refusal={refusal}
          isWithholding={isWithholding}
        />
      }
    >
      <ChoiceGroup
        id="dialogueHeld"
        legend="Har ni haft dialog med samverkansparten?"
        type="radio"
        options={YES_NO}
        error={e.dialogueHeld?.message}
        inputProps={register("dialogueHeld")}
      />
      {held ? (
        <>
          <Controller
            control={control}
            name="dialogueDate"
            render={({ field }) => (
              <DateInput
                id="dialogueDate"
                name={field.name}
                legend="När hölls dialogen?"
                hint="Till exempel 27 3 2026."
                error={e.dialogueDate?.message}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
              />
            )}
          />

          <fieldset className="mb-6" id="participants" tabIndex={-1}>
            <legend className="text-lg font-semibold">Vilka parter deltog?</legend>
            <p className="text-sm text-slate-700">Ange organisation och roll, inte namn.</p>
            <FieldError
              id="participants-error"
              message={e.participants?.message ?? e.participants?.root?.message}
            />
            {participants.fields.map((field, index) => (
              <div key={field.id} className="mt-3 rounded border border-slate-400 p-4">
                <h3 className="mb-2 font-semibold">Part {index + 1}</h3>
                <TextField
                  id={`participants-${index}-organisation`}
                  label="Organisation"
                  required
                  error={e.participants?.[index]?.organisation?.message}
                  {...register(`participants.${index}.organisation`)}
                />
                <TextField
                  id={`participants-${index}-role`}
                  label="Roll"
                  required
                  error={e.participants?.[index]?.role?.message}
                  {...register(`participants.${index}.role`)}
                />
                {participants.fields.length > 1 ? (
                  <Button
                    type={rowButtonType}
                    name={BUTTON_FIELD}
                    value={removeRowButton("part", index)}
                    variant="secondary"
                    onClick={() => participants.remove(index)}
                  >
                    Ta bort part {index + 1}
                  </Button>
                ) : null}
              </div>
            ))}
            {participants.fields.length < MAX_PARTICIPANTS ? (
              <Button
                type={rowButtonType}
                name={BUTTON_FIELD}
                value={addRowButton("part")}
                variant="secondary"
                className="mt-3"
                onClick={() => participants.append({ ...EMPTY_PARTICIPANT })}
              >
                Lägg till part
              </Button>
            ) : (
              <p className="mt-3 text-slate-700">
                Du har lagt till {MAX_PARTICIPANTS} parter, det är det högsta antalet.
              </p>
            )}
          </fieldset>

          <fieldset className="mb-6" id="measures" tabIndex={-1}>
            <legend className="text-lg font-semibold">Åtgärder ni kommit överens om</legend>
            <p className="text-sm text-slate-700">
              Vad ska göras för att lösa bristen i samverkan, vem ansvarar och när?
            </p>
            <FieldError id="measures-error" message={e.measures?.message ?? e.measures?.root?.message} />
            {measures.fields.map((field, index) => (
              <div key={field.id} className="mt-3 rounded border border-slate-400 p-4">
                <h3 className="mb-2 font-semibold">Åtgärd {index + 1}</h3>
                <TextArea
                  id={`measures-${index}-description`}
                  label="Åtgärd"
                  required
                  rows={3}
                  error={e.measures?.[index]?.description?.message}
                  after={
                    <IdentifierFindings
                      text={watch(`measures.${index}.description`)}
                      fieldLabel={`Åtgärd ${index + 1}`}
                      confirmation={confirmationFor(
                        form,
                        `measures.${index}.identifierConfirmations.description`,
                        `measures-${index}-identifierConfirmations-description`,
                      )}
                    />
                  }
                  {...register(`measures.${index}.description`)}
                />
                <TextField
                  id={`measures-${index}-responsibleParty`}
                  label="Ansvarig part"
                  required
                  hint="Organisation eller funktion, till exempel ”enhetschef socialpsykiatri”."
                  error={e.measures?.[index]?.responsibleParty?.message}
                  {...register(`measures.${index}.responsibleParty`)}
                />
                <Controller
                  control={control}
                  name={`measures.${index}.targetDate`}
                  render={({ field }) => (
                    <DateInput
                      id={`measures-${index}-targetDate`}
                      name={field.name}
                      legend="Klart senast"
                      hint="Till exempel 30 6 2026."
                      isOptional
                      error={e.measures?.[index]?.targetDate?.message}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      inputRef={field.ref}
                    />
                  )}
                />
                {measures.fields.length > 1 ? (
                  <Button
                    type={rowButtonType}
                    name={BUTTON_FIELD}
                    value={removeRowButton("atgard", index)}
                    variant="secondary"
                    onClick={() => measures.remove(index)}
                  >
                    Ta bort åtgärd {index + 1}
                  </Button>
                ) : null}
              </div>
            ))}
            {measures.fields.length < MAX_MEASURES ? (
              <Button
                type={rowButtonType}
                name={BUTTON_FIELD}
                value={addRowButton("atgard")}
                variant="secondary"
                className="mt-3"
                onClick={() => measures.append({ ...EMPTY_MEASURE })}
              >
                Lägg till åtgärd
              </Button>
            ) : (
              <p className="mt-3 text-slate-700">
                Du har lagt till {MAX_MEASURES} åtgärder, det är det högsta antalet. Samla fler åtgärder i en.
              </p>
            )}
          </fieldset>

          <ChoiceGroup
            id="isSolved"
            legend="Är bristen i samverkan löst?"
            type="radio"
            options={SOLVED}
            error={e.isSolved?.message}
            inputProps={register("isSolved")}
          />
        </>
      ) : dialogueHeld === "nej" ? (
        <TextArea
          id="noDialogueReason"
          label="Varför kunde ingen dialog hållas?"
          required
          rows={4}
          hint="Du kan skicka in rapporten ändå."
          error={e.noDialogueReason?.message}
          after={
            <IdentifierFindings
              text={watch("noDialogueReason")}
              fieldLabel="Varför kunde ingen dialog hållas"
              confirmation={confirmationFor(
                form,
                "identifierConfirmations.noDialogueReason",
                "identifierConfirmations-noDialogueReason",
              )}
            />
          }
          {...register("noDialogueReason")}
        />
      ) : null}
      <ChoiceGroup
        id="needsEscalation"
        legend="Behöver bristen lyftas vidare till nästa ansvarsnivå?"
        hint="Till exempel till den lokala samverkansgruppen eller delregional nivå."
        type="radio"
        options={YES_NO}
        error={e.needsEscalation?.message}
        inputProps={register("needsEscalation")}
      />
      <TextArea
        id="escalationComment"
        label="Kommentar om att lyfta vidare"
        rows={3}
        error={e.escalationComment?.message}
        after={
          <IdentifierFindings
            text={watch("escalationComment")}
            fieldLabel="Kommentar om att lyfta vidare"
            confirmation={confirmationFor(
              form,
              "identifierConfirmations.escalationComment",
              "identifierConfirmations-escalationComment",
            )}
          />
        }
        {...register("escalationComment")}
      />
    </FormShell>
  );
}
