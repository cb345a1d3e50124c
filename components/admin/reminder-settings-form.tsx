"use client";

import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import type { TReminderSettings } from "@/lib/settings/reminder-settings";
import { ZReminderSettingsForm } from "@/lib/settings/schemas";

export function ReminderSettingsForm({
  settings,
  action,
}: {
  settings: TReminderSettings;
  action: FormAction;
}) {
  const { form, fieldId, ...state } = useActionForm({
    schema: ZReminderSettingsForm,
    defaultValues: {
      noFeedbackDays: String(settings.noFeedbackDays),
      delTvaMissingDays: String(settings.delTvaMissingDays),
    },
    action,
    idPrefix: "pamin",
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <div className="max-w-2xl">
      <FormShell id="pamin" {...state} submitLabel="Spara påminnelserna">
        <TextField
          id={fieldId("noFeedbackDays")}
          label="Dagar utan återkoppling"
          required
          inputMode="numeric"
          hint="Ett ärende utan återkoppling till rapportören markeras som försenat efter så många dagar (1–365)."
          error={e.noFeedbackDays?.message}
          className="max-w-40"
          {...register("noFeedbackDays")}
        />
        <TextField
          id={fieldId("delTvaMissingDays")}
          label="Dagar utan del två"
          required
          inputMode="numeric"
          hint="En rapport utan dialog med samverkansparten markeras efter så många dagar, med förslag att lyfta frågan vidare (1–365)."
          error={e.delTvaMissingDays?.message}
          className="max-w-40"
          {...register("delTvaMissingDays")}
        />
      </FormShell>
    </div>
  );
}
