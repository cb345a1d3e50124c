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
          hint={`Ett utkast som inte skickats in kan återupptas så många dagar efter att det påbörjades; sedan raderas det (1–730). Standard: ${defaults.draftExpiryDays} (DRAFT_EXPIRY_DAYS).`}
          error={e.draftExpiryDays?.message}
          className="max-w-40"
          {...register("draftExpiryDays")}
        />
        <TextField
          id={fieldId("partnerLinkDays")}
          label="Dagar länken till samverkansparten gäller"
          required
          inputMode="numeric"
          hint={`Länken som rapportören skickar till samverkansparten slutar gälla efter så många dagar (1–90). Standard: ${defaults.partnerLinkDays} (PARTNER_LINK_DAYS).`}
          error={e.partnerLinkDays?.message}
          className="max-w-40"
          {...register("partnerLinkDays")}
        />
        <TextField
          id={fieldId("caseRetentionYears")}
          label="År innan ett avslutat ärendes text gallras"
          required
          inputMode="numeric"
          hint={`Så många år efter att ett ärende avslutades raderas originaltexten och rapportörens kontaktuppgifter; den avidentifierade versionen och loggen finns kvar (1–50). Gäller alla avslutade ärenden från nästa gallring, utom de som har ett rättsligt skäl att sparas. Standard: ${defaults.caseRetentionYears} (CASE_RETENTION_YEARS).`}
          error={e.caseRetentionYears?.message}
          className="max-w-40"
          {...register("caseRetentionYears")}
        />
      </FormShell>
    </div>
  );
}
