"use client";

import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import type { TRetentionSettings } from "@/lib/settings/retention-settings";
import { ZRetentionSettingsForm } from "@/lib/settings/schemas";

interface RetentionSettingsFormProps {
  settings: TRetentionSettings;
  defaults: TRetentionSettings;
  action: FormAction;
}

export function RetentionSettingsForm({ settings, defaults, action }: RetentionSettingsFormProps) {
  const { form, fieldId, ...state } = useActionForm({
    schema: ZRetentionSettingsForm,
    defaultValues: {
      draftExpiryDays: String(settings.draftExpiryDays),
      partnerLinkDays: String(settings.partnerLinkDays),
      caseRetentionYears: String(settings.caseRetentionYears),
    },
    action,
    idPrefix: "gallring",
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <div className="max-w-2xl">
      <FormShell id="gallring" {...state} submitLabel="Spara tiderna">
        <TextField
          id={fieldId("draftExpiryDays")}
          label="Dagar ett utkast kan återupptas"
          required
          inputMode="numeric"
          hint={`Ett utkast som inte skickats in kan återupptas så många dagar efter att det påbörjades. Sedan raderas det. Mellan 1 och 730 dagar, standard ${defaults.draftExpiryDays}.`}
          error={e.draftExpiryDays?.message}
          className="max-w-40"
          {...register("draftExpiryDays")}
        />
        <TextField
          id={fieldId("partnerLinkDays")}
          label="Dagar länken till samverkansparten gäller"
          required
          inputMode="numeric"
          hint={`Länken som rapportören skickar till samverkansparten slutar gälla efter så många dagar. Mellan 1 och 90 dagar, standard ${defaults.partnerLinkDays}.`}
          error={e.partnerLinkDays?.message}
          className="max-w-40"
          {...register("partnerLinkDays")}
        />
        <TextField
          id={fieldId("caseRetentionYears")}
          label="År innan ett avslutat ärendes text gallras"
          required
          inputMode="numeric"
          hint={`Så många år efter att ett ärende avslutades raderas originaltexten och rapportörens kontaktuppgifter. Den avidentifierade versionen och loggen finns kvar. Ändringen gäller alla avslutade ärenden från nästa gallring, utom de som sparas av rättsligt skäl. Mellan 1 och 50 år, standard ${defaults.caseRetentionYears}.`}
          error={e.caseRetentionYears?.message}
          className="max-w-40"
          {...register("caseRetentionYears")}
        />
      </FormShell>
    </div>
  );
}
