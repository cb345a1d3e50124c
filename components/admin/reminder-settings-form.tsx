"use client";

import { updateReminderSettingsAction } from "@/app/(staff)/admin/installningar/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { TextField } from "@/components/ui/text-field";
import { ZReminderSettingsForm } from "@/lib/settings/schemas";
import type { TReminderSettings } from "@/lib/settings/reminder-settings";

export function ReminderSettingsForm({ settings }: { settings: TReminderSettings }) {
  const admin = useAdminForm({
    schema: ZReminderSettingsForm,
    defaultValues: {
      noFeedbackDays: String(settings.noFeedbackDays),
      delTvaMissingDays: String(settings.delTvaMissingDays),
    },
    action: updateReminderSettingsAction,
    idPrefix: "pamin",
  });
  const { register, formState } = admin.form;
  const e = formState.errors;
  return (
    <AdminForm {...admin} submitLabel="Spara påminnelserna">
      <TextField
        id={admin.fieldId("noFeedbackDays")}
        label="Dagar utan återkoppling"
        required
        inputMode="numeric"
        hint="Ett ärende utan återkoppling till rapportören markeras som försenat efter så många dagar (1–365)."
        error={e.noFeedbackDays?.message}
        className="max-w-40"
        {...register("noFeedbackDays")}
      />
      <TextField
        id={admin.fieldId("delTvaMissingDays")}
        label="Dagar utan del två"
        required
        inputMode="numeric"
        hint="En rapport utan dialog med samverkansparten markeras efter så många dagar, med förslag att lyfta frågan vidare (1–365)."
        error={e.delTvaMissingDays?.message}
        className="max-w-40"
        {...register("delTvaMissingDays")}
      />
    </AdminForm>
  );
}
