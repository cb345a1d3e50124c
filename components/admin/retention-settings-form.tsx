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
      </FormShell>
    </div>
  );
}
