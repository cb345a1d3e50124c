"use client";

import { useRouter } from "next/navigation";
import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZCopyCategories } from "@/lib/reference-data/schemas";

interface CategoryCopyFormProps {
  fromYear: number;
  suggestedYear: number;
  action: FormAction;
}

export function CategoryCopyForm({ fromYear, suggestedYear, action }: CategoryCopyFormProps) {
  const router = useRouter();
  const { form, fieldId, ...state } = useActionForm({
    schema: ZCopyCategories,
    defaultValues: { fromYear: String(fromYear), toYear: String(suggestedYear) },
    action,
    idPrefix: "kopiera",
    onSuccess: (_, f) => router.push(`/admin/kategorier?ar=${f.getValues("toYear")}`),
  });
  return (
    <div className="max-w-2xl">
      <FormShell id="kopiera" {...state} submitLabel={`Kopiera listan från ${fromYear}`}>
        <input type="hidden" {...form.register("fromYear")} />
        <TextField
          id={fieldId("toYear")}
          label="Till år"
          required
          inputMode="numeric"
          hint={`De aktiva kategorierna för ${fromYear} kopieras. Kategorier som redan finns det året lämnas som de är.`}
          error={form.formState.errors.toYear?.message}
          className="max-w-40"
          {...form.register("toYear")}
        />
      </FormShell>
    </div>
  );
}
