"use client";

import { useRouter } from "next/navigation";
import { startAuditReviewAction } from "@/app/(staff)/admin/loggkontroll/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { TextField } from "@/components/ui/text-field";
import { ZStartAuditReview } from "@/lib/audit/schemas";

export function AuditReviewStartForm({ from, to }: { from: string; to: string }) {
  const router = useRouter();
  const admin = useAdminForm({
    schema: ZStartAuditReview,
    defaultValues: { from, to, sampleSize: "20" },
    action: startAuditReviewAction,
    idPrefix: "kontroll",
    onSuccess: (result) => router.push(`/admin/loggkontroll/${result.id}`),
  });
  const { register, formState } = admin.form;
  const e = formState.errors;
  return (
    <AdminForm {...admin} submitLabel="Dra ett stickprov">
      <fieldset className="mb-5">
        <legend className="font-semibold">Period</legend>
        <div className="flex flex-wrap gap-x-6">
          <TextField
            id={admin.fieldId("from")}
            label="Första dagen"
            required
            inputMode="numeric"
            hint="ÅÅÅÅ-MM-DD"
            error={e.from?.message}
            className="max-w-48"
            {...register("from")}
          />
          <TextField
            id={admin.fieldId("to")}
            label="Sista dagen"
            required
            inputMode="numeric"
            hint="ÅÅÅÅ-MM-DD"
            error={e.to?.message}
            className="max-w-48"
            {...register("to")}
          />
        </div>
      </fieldset>
      <TextField
        id={admin.fieldId("sampleSize")}
        label="Antal händelser i stickprovet"
        required
        inputMode="numeric"
        hint="1–100. Har perioden färre händelser granskas alla."
        error={e.sampleSize?.message}
        className="max-w-40"
        {...register("sampleSize")}
      />
    </AdminForm>
  );
}
