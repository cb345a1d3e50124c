"use client";

import { useRouter } from "next/navigation";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZStartAuditReview } from "@/lib/audit/schemas";

interface AuditReviewStartFormProps {
  from: string;
  to: string;
  action: FormAction<{ id: string }>;
}

const EVENT_OPTIONS = [
  { value: "staff", label: "Personalens åtkomst: läsningar, utskrifter, nekade försök och exporter" },
  { value: "security", label: "Säkerhetshändelser: misslyckade inloggningar och nekade anonyma försök" },
] as const;

export function AuditReviewStartForm({ from, to, action }: AuditReviewStartFormProps) {
  const router = useRouter();
  const { form, fieldId, ...state } = useActionForm({
    schema: ZStartAuditReview,
    defaultValues: { from, to, sampleSize: "20", events: "staff" },
    action,
    idPrefix: "kontroll",
    onSuccess: (review) => router.push(`/admin/loggkontroll/${review.id}`),
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <div className="max-w-2xl">
      <FormShell {...state} submitLabel="Dra ett stickprov">
        <fieldset className="mb-5">
          <legend className="font-semibold">Period</legend>
          <div className="flex flex-wrap gap-x-6">
            <TextField
              id={fieldId("from")}
              label="Första dagen"
              required
              inputMode="numeric"
              hint="ÅÅÅÅ-MM-DD"
              error={e.from?.message}
              className="max-w-48"
              {...register("from")}
            />
            <TextField
              id={fieldId("to")}
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
        <ChoiceGroup
          id={fieldId("events")}
          legend="Vilka händelser"
          type="radio"
          options={EVENT_OPTIONS}
          error={e.events?.message}
          inputProps={register("events")}
        />
        <TextField
          id={fieldId("sampleSize")}
          label="Antal händelser i stickprovet"
          required
          inputMode="numeric"
          hint="1–100. Har perioden färre händelser granskas alla."
          error={e.sampleSize?.message}
          className="max-w-40"
          {...register("sampleSize")}
        />
      </FormShell>
    </div>
  );
}
