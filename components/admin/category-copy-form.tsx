"use client";

import { useRouter } from "next/navigation";
import { copyCategoriesAction } from "@/app/(staff)/admin/kategorier/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { TextField } from "@/components/ui/text-field";
import { ZCopyCategories } from "@/lib/reference-data/schemas";

export function CategoryCopyForm({ fromYear, suggestedYear }: { fromYear: number; suggestedYear: number }) {
  const router = useRouter();
  const admin = useAdminForm({
    schema: ZCopyCategories,
    defaultValues: { fromYear: String(fromYear), toYear: String(suggestedYear) },
    action: copyCategoriesAction,
    idPrefix: "kopiera",
    onSuccess: () => router.push(`/admin/kategorier?ar=${admin.form.getValues("toYear")}`),
  });
  const { register, formState } = admin.form;
  const e = formState.errors;
  return (
    <AdminForm {...admin} submitLabel={`Kopiera listan från ${fromYear}`}>
      <input type="hidden" {...register("fromYear")} />
      <TextField
        id={admin.fieldId("toYear")}
        label="Till år"
        required
        inputMode="numeric"
        hint={`De aktiva kategorierna för ${fromYear} kopieras. Kategorier som redan finns det året lämnas som de är.`}
        error={e.toYear?.message}
        className="max-w-40"
        {...register("toYear")}
      />
    </AdminForm>
  );
}
