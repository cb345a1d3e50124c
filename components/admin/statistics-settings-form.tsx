"use client";

import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZStatisticsSettingsForm } from "@/lib/settings/schemas";

export function StatisticsSettingsForm({
  suppressionThreshold,
  action,
}: {
  suppressionThreshold: number;
  action: FormAction;
}) {
  const { form, fieldId, ...state } = useActionForm({
    schema: ZStatisticsSettingsForm,
    defaultValues: { suppressionThreshold: String(suppressionThreshold) },
    action,
    idPrefix: "statistik",
  });
  const { register, formState } = form;
  return (
    <div className="max-w-2xl">
      <FormShell id="statistik" {...state} submitLabel="Spara gränsen">
        <TextField
          id={fieldId("suppressionThreshold")}
          label="Gräns för små antal"
          required
          inputMode="numeric"
          hint="Antal brister från 1 upp till gränsen minus ett visas som till exempel <3 för arbetsgruppen och i filerna som laddas ner (1–10; 3 rekommenderas, 1 döljer ingenting)."
          error={formState.errors.suppressionThreshold?.message}
          className="max-w-40"
          {...register("suppressionThreshold")}
        />
      </FormShell>
    </div>
  );
}
