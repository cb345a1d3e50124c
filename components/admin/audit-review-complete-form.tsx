"use client";

import { FormShell } from "@/components/ui/form-shell";
import { TextArea } from "@/components/ui/text-area";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZCompleteAuditReview } from "@/lib/audit/schemas";

export function AuditReviewCompleteForm({ reviewId, action }: { reviewId: string; action: FormAction }) {
  const { form, fieldId, ...state } = useActionForm({
    schema: ZCompleteAuditReview,
    defaultValues: { reviewId, conclusion: "" },
    action,
    idPrefix: "slutsats",
    persist: { key: `admin:audit-review-${reviewId}`, fields: ["conclusion"] },
  });
  return (
    <div className="max-w-2xl">
      <FormShell {...state} submitLabel="Spara slutsatsen och markera kontrollen som klar">
        <input type="hidden" {...form.register("reviewId")} />
        <TextArea
          id={fieldId("conclusion")}
          label="Slutsats"
          required
          rows={6}
          hint="Var åtkomsterna befogade? Beskriv avvikelser och vad som görs åt dem. Skriv inga uppgifter om enskilda personer i ärendena."
          error={form.formState.errors.conclusion?.message}
          {...form.register("conclusion")}
        />
      </FormShell>
    </div>
  );
}
