import type { InputHTMLAttributes } from "react";
import { FieldError } from "@/components/ui/field-error";

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Say "(frivilligt)" after the label of a field that is not required (default); off where every field is. */
  markOptional?: boolean;
}

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function TextField({
  id,
  label,
  hint,
  error,
  className,
  markOptional = true,
  ...input
}: TextFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="mb-5">
      <label htmlFor={id} className="block font-semibold">
        {label}
        {input.required || !markOptional ? null : (
          <span className="font-normal text-slate-700"> (frivilligt)</span>
        )}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`mt-1 block w-full rounded border-2 px-3 py-2 ${error ? "border-red-700" : "border-slate-600"} ${className ?? ""}`}
        {...input}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
