import type { InputHTMLAttributes } from "react";
import { FieldFrame, fieldDescribedBy } from "@/components/ui/field-frame";

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
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} isOptional={markOptional && !input.required}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        className={`mt-1 block w-full rounded border-2 px-3 py-2 ${error ? "border-red-700" : "border-slate-600"} ${className ?? ""}`}
        {...input}
      />
    </FieldFrame>
  );
}
