"use client";

import { classifyCaseAction } from "@/app/(staff)/inkorg/[id]/actions";
import { CaseFormShell } from "@/components/case/case-form-shell";
import { useCaseForm } from "@/components/case/use-case-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ZClassifyCase } from "@/lib/cases/schemas";

interface ClassifyFormProps {
  reportId: string;
  year: number;
  categoryIds: string[];
  areaIds: string[];
  categories: { value: string; label: string }[];
  areas: { value: string; label: string }[];
}

/** Root-cause categories from the case year's own list, and the areas the brist concerns. */
export function ClassifyForm({ reportId, year, categoryIds, areaIds, categories, areas }: ClassifyFormProps) {
  const { form, idFor, ...state } = useCaseForm({
    schema: ZClassifyCase,
    defaultValues: { reportId, categoryIds, areaIds },
    action: classifyCaseAction,
    idPrefix: "klassa",
  });
  const e = form.formState.errors;
  return (
    <CaseFormShell
      id="klassa"
      title="Kategorier och områden"
      submitLabel="Spara kategorier och områden"
      {...state}
    >
      {categories.length > 0 ? (
        <ChoiceGroup
          id={idFor("categoryIds")}
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
        id={idFor("areaIds")}
        legend="Områden"
        type="checkbox"
        options={areas}
        error={e.areaIds?.message}
        inputProps={form.register("areaIds")}
      />
    </CaseFormShell>
  );
}
