"use client";

import { FieldError } from "@/components/ui/field-error";
import { FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZAssignCase } from "@/lib/cases/schemas";

interface AssignFormProps {
  reportId: string;
  assigneeId: string | null;
  coordinators: { value: string; label: string; isActive: boolean }[];
  action: FormAction;
}

export function AssignForm({ reportId, assigneeId, coordinators, action }: AssignFormProps) {
  const { form, fieldId, ...state } = useActionForm({
    schema: ZAssignCase,
    defaultValues: { reportId, assigneeId: assigneeId ?? "" },
    action,
    idPrefix: "tilldela",
  });
  const selectId = fieldId("assigneeId");
  const error = form.formState.errors.assigneeId?.message;
  return (
    <FormShell id="tilldela" title="Handläggare" submitLabel="Spara handläggare" {...state}>
      <div className="mb-5">
        <label htmlFor={selectId} className="block font-semibold">
          Samordnare som handlägger ärendet
        </label>
        <select
          id={selectId}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${selectId}-error` : undefined}
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
        <FieldError id={`${selectId}-error`} message={error} />
      </div>
    </FormShell>
  );
}
