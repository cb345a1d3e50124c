import type { TextareaHTMLAttributes, ReactNode } from "react";
import { FieldError } from "@/components/ui/field-error";

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
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, after ? `${id}-after` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="mb-5">
      <label htmlFor={id} className="block font-semibold">
        {label}
        {textarea.required || !markOptional ? null : (
          <span className="font-normal text-slate-700"> (frivilligt)</span>
        )}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={7}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`mt-1 block w-full rounded border-2 px-3 py-2 ${error ? "border-red-700" : "border-slate-600"}`}
        {...textarea}
      />
      <FieldError id={`${id}-error`} message={error} />
      {after ? <div id={`${id}-after`}>{after}</div> : null}
    </div>
  );
}
