"use client";

import { useEffect } from "react";
import type { CaseActionResult } from "@/app/(staff)/inkorg/[id]/actions";
import { CaseFormShell } from "@/components/case/case-form-shell";
import { useCaseForm } from "@/components/case/use-case-form";
import { TextArea } from "@/components/ui/text-area";
import { usePersistedText } from "@/components/ui/use-persisted-text";
import type { ZAddNote } from "@/lib/cases/schemas";

interface CaseTextFormProps {
  id: string;
  reportId: string;
  title: string;
  label: string;
  hint: string;
  submitLabel: string;
  schema: typeof ZAddNote;
  action: (values: { reportId: string; body: string }) => Promise<CaseActionResult>;
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
  const text = usePersistedText(`${id}:${reportId}`);
  const { form, idFor, ...state } = useCaseForm({
    schema,
    defaultValues: { reportId, body: "" },
    action,
    idPrefix: id,
    onSaved: (f) => {
      text.clear();
      f.reset({ reportId, body: "" });
    },
  });
  const { setValue, formState } = form;
  const isSubmitted = formState.isSubmitted;
  // The persisted text is the source; the form validates and submits what it holds.
  useEffect(() => {
    setValue("body", text.value, { shouldValidate: isSubmitted && text.value !== "" });
  }, [setValue, text.value, isSubmitted]);
  return (
    <CaseFormShell id={id} title={title} submitLabel={submitLabel} {...state}>
      <TextArea
        id={idFor("body")}
        name="body"
        label={label}
        hint={hint}
        required
        rows={5}
        value={text.value}
        onChange={(event) => text.setValue(event.target.value)}
        error={formState.errors.body?.message}
      />
    </CaseFormShell>
  );
}
