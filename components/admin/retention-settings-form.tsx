"use client";

import { updateRetentionSettingsAction } from "@/app/(staff)/admin/installningar/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { TextField } from "@/components/ui/text-field";
import { ZRetentionSettingsForm } from "@/lib/settings/schemas";
import type { TRetentionSettings } from "@/lib/settings/retention-settings";

interface RetentionSettingsFormProps {
  settings: TRetentionSettings;
  defaults: TRetentionSettings;
}

export function RetentionSettingsForm({ settings, defaults }: RetentionSettingsFormProps) {
  const admin = useAdminForm({
    schema: ZRetentionSettingsForm,
    defaultValues: {
      draftExpiryDays: String(settings.draftExpiryDays),
      partnerLinkDays: String(settings.partnerLinkDays),
    },
    action: updateRetentionSettingsAction,
    idPrefix: "gallring",
  });
  const { register, formState } = admin.form;
  const e = formState.errors;
  return (
    <AdminForm {...admin} submitLabel="Spara tiderna">
      <TextField
        id={admin.fieldId("draftExpiryDays")}
        label="Dagar ett utkast kan återupptas"
        required
        inputMode="numeric"
        hint={`Ett utkast som inte skickats in kan återupptas så många dagar efter att det påbörjades; sedan raderas det (1–730). Standard: ${defaults.draftExpiryDays} (DRAFT_EXPIRY_DAYS).`}
        error={e.draftExpiryDays?.message}
        className="max-w-40"
        {...register("draftExpiryDays")}
      />
      <TextField
        id={admin.fieldId("partnerLinkDays")}
        label="Dagar länken till samverkansparten gäller"
        required
        inputMode="numeric"
        hint={`Länken som rapportören skickar till samverkansparten slutar gälla efter så många dagar (1–90). Standard: ${defaults.partnerLinkDays} (PARTNER_LINK_DAYS).`}
        error={e.partnerLinkDays?.message}
        className="max-w-40"
        {...register("partnerLinkDays")}
      />
    </AdminForm>
  );
}
