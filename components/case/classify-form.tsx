"use client";

import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZClassifyCase } from "@/lib/cases/schemas";

interface ClassifyFormProps {
  reportId: string;
  year: number;
  categoryIds: string[];
  areaIds: string[];
  categories: { value: string; label: string }[];
  areas: { value: string; label: string }[];
  action: FormAction;
}

/** Root-cause categories from the case year's own list, and the areas the brist concerns. */
export function ClassifyForm({
  reportId,
  year,
  categoryIds,
  areaIds,
  categories,
  areas,
  action,
}: ClassifyFormProps) {
  const { form, fieldId, ...state } = useActionForm({
    schema: ZClassifyCase,
    defaultValues: { reportId, categoryIds, areaIds },
    action,
    idPrefix: "klassa",
  });
  const e = form.formState.errors;
  return (
    <FormShell
      id="klassa"
      title="Kategorier och områden"
      submitLabel="Spara kategorier och områden"
      {...state}
    >
      {categories.length > 0 ? (
        <ChoiceGroup
          id={fieldId("categoryIds")}
          legend={`Bakomliggande orsaker (kategorier ${year})`}
          hint="Välj en eller flera. En brist kan ha flera orsaker."
          type="checkbox"
          isOptional
          options={categories}
          error={e.categoryIds?.message}
          inputProps={form.register("categoryIds")}
        />
      ) : (
        <p className="mb-5">
          Det finns inga kategorier för {year}. En administratör kan lägga till årets kategorier.
        </p>
      )}
      <ChoiceGroup
        id={fieldId("areaIds")}
        legend="Områden"
        type="checkbox"
        options={areas}
        error={e.areaIds?.message}
        inputProps={form.register("areaIds")}
      />
    </FormShell>
  );
}
