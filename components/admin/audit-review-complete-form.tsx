"use client";

import { completeAuditReviewAction } from "@/app/(staff)/admin/loggkontroll/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { TextArea } from "@/components/ui/text-area";
import { ZCompleteAuditReview } from "@/lib/audit/schemas";

export function AuditReviewCompleteForm({ reviewId }: { reviewId: string }) {
  const admin = useAdminForm({
    schema: ZCompleteAuditReview,
    defaultValues: { reviewId, conclusion: "" },
    action: completeAuditReviewAction,
    idPrefix: "slutsats",
    persistKey: `audit-review-${reviewId}`,
  });
  const { register, formState } = admin.form;
  const e = formState.errors;
  return (
    <AdminForm
      {...admin}

      submitLabel="Spara slutsatsen och markera kontrollen som klar"
    >
      <input type="hidden" {...register("reviewId")} />
      <TextArea
        id={admin.fieldId("conclusion")}
        label="Slutsats"
        required
        rows={6}
        hint="Var åtkomsterna befogade? Beskriv avvikelser och vad som görs åt dem. Skriv inga uppgifter om enskilda personer i ärendena."
        error={e.conclusion?.message}
        {...register("conclusion")}
      />
    </AdminForm>
  );
}
