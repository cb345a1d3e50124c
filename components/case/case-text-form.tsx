"use client";

import { FormShell } from "@/components/ui/form-shell";
import { TextArea } from "@/components/ui/text-area";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import type { ZAddNote } from "@/lib/cases/schemas";

interface CaseTextFormProps {
  id: string;
  reportId: string;
  title: string;
  label: string;
  hint: string;
  submitLabel: string;
  schema: typeof ZAddNote;
  action: FormAction;
}

/**
 * A note or a message: the text is kept in sessionStorage while it is written, so a session timeout or a
 * reload loses nothing, and cleared once it is saved.
 */
export function CaseTextForm({
  id,
  reportId,
  title,
  label,
  hint,
  submitLabel,
  schema,
  action,
}: CaseTextFormProps) {
  const { form, fieldId, ...state } = useActionForm({
    schema,
    defaultValues: { reportId, body: "" },
    action,
    idPrefix: id,
    resetOnSuccess: true,
    persist: { key: `${id}:${reportId}`, fields: ["body"] },
  });
  return (
    <FormShell id={id} title={title} submitLabel={submitLabel} {...state}>
      <TextArea
        id={fieldId("body")}
        label={label}
        hint={hint}
        required
        rows={5}
        error={form.formState.errors.body?.message}
        {...form.register("body")}
      />
    </FormShell>
  );
}
