import type { TextareaHTMLAttributes, ReactNode } from "react";
import { FieldFrame, fieldDescribedBy } from "@/components/ui/field-frame";

interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Extra help below the field, e.g. a warning about identifying details. */
  after?: ReactNode;
  /** Say "(frivilligt)" after the label of a field that is not required (default); off where every field is. */
  markOptional?: boolean;
}

export function TextArea({ id, label, hint, error, after, markOptional = true, ...textarea }: TextAreaProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      after={after}
      isOptional={markOptional && !textarea.required}
    >
      <textarea
        id={id}
        rows={7}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, error, after)}
        className={`mt-1 block w-full rounded border-2 px-3 py-2 ${error ? "border-red-700" : "border-slate-600"}`}
        {...textarea}
      />
    </FieldFrame>
  );
}
