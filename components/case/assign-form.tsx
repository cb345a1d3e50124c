"use client";

import { assignCaseAction } from "@/app/(staff)/inkorg/[id]/actions";
import { CaseFormShell } from "@/components/case/case-form-shell";
import { useCaseForm } from "@/components/case/use-case-form";
import { FieldError } from "@/components/ui/field-error";
import { ZAssignCase } from "@/lib/cases/schemas";

interface AssignFormProps {
  reportId: string;
  assigneeId: string | null;
  coordinators: { value: string; label: string; isActive: boolean }[];
}

export function AssignForm({ reportId, assigneeId, coordinators }: AssignFormProps) {
  const { form, idFor, ...state } = useCaseForm({
    schema: ZAssignCase,
    defaultValues: { reportId, assigneeId: assigneeId ?? "" },
    action: assignCaseAction,
    idPrefix: "tilldela",
  });
  const fieldId = idFor("assigneeId");
  const error = form.formState.errors.assigneeId?.message;
  return (
    <CaseFormShell id="tilldela" title="Handläggare" submitLabel="Spara handläggare" {...state}>
      <div className="mb-5">
        <label htmlFor={fieldId} className="block font-semibold">
          Samordnare som handlägger ärendet
        </label>
        <select
          id={fieldId}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId}-error` : undefined}
          className={`mt-1 block w-full rounded border-2 bg-white px-3 py-2 ${error ? "border-red-700" : "border-slate-600"}`}
          {...form.register("assigneeId")}
        >
          <option value="">Ingen handläggare</option>
          {coordinators.map((c) => (
            // A deactivated assignee stays visible as the current value but cannot be chosen again.
            <option key={c.value} value={c.value} disabled={!c.isActive}>
              {c.label}
            </option>
          ))}
        </select>
        <FieldError id={`${fieldId}-error`} message={error} />
      </div>
    </CaseFormShell>
  );
}
