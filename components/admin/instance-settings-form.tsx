"use client";

import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormShell } from "@/components/ui/form-shell";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { MAX_ROUTINE_STEPS, ZInstanceSettingsForm } from "@/lib/settings/schemas";
import type { TInstanceSettings } from "@/lib/settings/instance-settings";

export function InstanceSettingsForm({
  settings,
  action,
}: {
  settings: TInstanceSettings;
  action: FormAction;
}) {
  const { form, fieldId, ...state } = useActionForm({
    schema: ZInstanceSettingsForm,
    defaultValues: {
      ...settings,
      coordinatorRoles: settings.coordinatorRoles.join("\n"),
      coordinatorMailboxes: settings.coordinatorMailboxes.join("\n"),
      accessibilityKnownIssues: settings.accessibilityKnownIssues.join("\n"),
    },
    action,
    idPrefix: "inst",
    persist: { key: "admin:instance-settings" },
  });
  const { register, formState, control } = form;
  const e = formState.errors;
  const steps = useFieldArray({ control, name: "routineSteps" });
  return (
    <div className="max-w-2xl">
      <FormShell id="inst" {...state} submitLabel="Spara instansinställningarna">
        <TextField
          id={fieldId("serviceName")}
          label="Tjänstens namn"
          required
          error={e.serviceName?.message}
          {...register("serviceName")}
        />
        <TextField
          id={fieldId("samradName")}
          label="Samrådets namn"
          required
          hint="Till exempel Delregionalt samråd psykiatri Nordväst."
          error={e.samradName?.message}
          {...register("samradName")}
        />
        <TextField
          id={fieldId("hostOrganisation")}
          label="Värdorganisation"
          required
          hint="Organisationen där samordnarna finns."
          error={e.hostOrganisation?.message}
          {...register("hostOrganisation")}
        />
        <TextArea
          id={fieldId("coordinatorRoles")}
          label="Samordnarnas roller"
          required
          rows={3}
          hint="En roll per rad, som de ska stå i texten till rapportörer, till exempel ”psykiatrisamordnaren”. Skriv roller, inte personers namn."
          error={e.coordinatorRoles?.message}
          {...register("coordinatorRoles")}
        />
        <TextArea
          id={fieldId("coordinatorMailboxes")}
          label="Samordnarnas funktionsbrevlådor"
          rows={3}
          hint="En e-postadress per rad. Hit går aviseringar om nya brister och påminnelser. Använd funktionsbrevlådor, inte personliga adresser."
          error={e.coordinatorMailboxes?.message}
          {...register("coordinatorMailboxes")}
        />
        <TextField
          id={fieldId("accessibilityContactEmail")}
          label="E-post för tillgänglighetsfrågor"
          type="email"
          required
          hint="Visas i tillgänglighetsredogörelsen."
          error={e.accessibilityContactEmail?.message}
          {...register("accessibilityContactEmail")}
        />
        <TextField
          id={fieldId("contactEmail")}
          label="Tjänstens funktionsbrevlåda"
          type="email"
          required
          hint="Visas på sidorna Kontakt och Personuppgifter. Använd en funktionsbrevlåda, inte en personlig adress."
          error={e.contactEmail?.message}
          {...register("contactEmail")}
        />
        <TextField
          id={fieldId("dataProtectionOfficerEmail")}
          label="Dataskyddsombudets e-post"
          type="email"
          required
          hint="Visas på sidan Personuppgifter."
          error={e.dataProtectionOfficerEmail?.message}
          {...register("dataProtectionOfficerEmail")}
        />
        <TextField
          id={fieldId("brandColour")}
          label="Huvudfärg"
          hint="Värdorganisationens färg för sidhuvudet och länkar, som #0b3a5b. Den måste ha minst 4,5:1 i kontrast mot vit text. Lämna tomt för tjänstens blå."
          autoComplete="off"
          error={e.brandColour?.message}
          {...register("brandColour")}
        />
        <TextArea
          id={fieldId("accessibilityKnownIssues")}
          label="Kända brister i tillgängligheten"
          rows={6}
          hint="En brist per rad. Visas i tillgänglighetsredogörelsen under ”Innehåll som inte är tillgängligt”."
          error={e.accessibilityKnownIssues?.message}
          {...register("accessibilityKnownIssues")}
        />
        <TextField
          id={fieldId("accessibilityReviewedOn")}
          label="Redogörelsen granskades senast"
          required
          inputMode="numeric"
          hint="Skriv som ÅÅÅÅ-MM-DD."
          error={e.accessibilityReviewedOn?.message}
          {...register("accessibilityReviewedOn")}
        />

        <fieldset id={fieldId("routineSteps")} tabIndex={-1} className="mb-6">
          <legend className="text-lg font-semibold">Rutinens steg</legend>
          <p className="text-sm text-slate-700">Visas för rapportörer på startsidan och i formuläret.</p>
          <FieldError
            id={`${fieldId("routineSteps")}-error`}
            message={e.routineSteps?.message ?? e.routineSteps?.root?.message}
          />
          {steps.fields.map((field, index) => (
            <div key={field.id} className="mt-3 rounded border border-slate-400 p-4">
              <h3 className="mb-2 font-semibold">Steg {index + 1}</h3>
              <TextField
                id={fieldId(`routineSteps.${index}.title`)}
                label="Rubrik"
                required
                error={e.routineSteps?.[index]?.title?.message}
                {...register(`routineSteps.${index}.title`)}
              />
              <TextArea
                id={fieldId(`routineSteps.${index}.text`)}
                label="Text"
                required
                rows={3}
                error={e.routineSteps?.[index]?.text?.message}
                {...register(`routineSteps.${index}.text`)}
              />
              {steps.fields.length > 1 ? (
                <Button type="button" variant="secondary" onClick={() => steps.remove(index)}>
                  Ta bort steg {index + 1}
                </Button>
              ) : null}
            </div>
          ))}
          {steps.fields.length < MAX_ROUTINE_STEPS ? (
            <Button
              type="button"
              variant="secondary"
              className="mt-3"
              onClick={() => steps.append({ title: "", text: "" })}
            >
              Lägg till steg
            </Button>
          ) : (
            <p className="mt-3 text-slate-700">
              Rutinen har {MAX_ROUTINE_STEPS} steg, det är det högsta antalet.
            </p>
          )}
        </fieldset>
      </FormShell>
    </div>
  );
}
