import type { SelectHTMLAttributes } from "react";
import { FieldFrame, fieldDescribedBy } from "@/components/ui/field-frame";

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  groups: { label: string; options: { value: string; label: string }[] }[];
  placeholder: string;
}

export function SelectField({ id, label, hint, error, groups, placeholder, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} isOptional={false}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        className={`mt-1 block w-full rounded border-2 bg-white px-3 py-2 ${error ? "border-red-700" : "border-slate-600"}`}
        {...select}
      >
        <option value="">{placeholder}</option>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldFrame>
  );
}
