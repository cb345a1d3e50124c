import type { InputHTMLAttributes } from "react";
import { fieldDescribedBy } from "@/components/ui/field-frame";
import { FieldsetIntro } from "@/components/ui/fieldset-intro";

interface ChoiceGroupProps {
  id: string;
  legend: string;
  type: "radio" | "checkbox";
  options: readonly { value: string; label: string }[];
  hint?: string;
  error?: string;
  isOptional?: boolean;
  /**
   * The react-hook-form registration (name, onChange, onBlur, ref), shared by every option; its `defaultValue` (a
   * value, or the values of a checkbox group) ticks the options in the page as sent, before any script runs.
   */
  inputProps: InputHTMLAttributes<HTMLInputElement> & { ref?: React.Ref<HTMLInputElement> };
}

/** Radio buttons or checkboxes in a fieldset, so the question is read with each option. */
export function ChoiceGroup({
  id,
  legend,
  type,
  options,
  hint,
  error,
  isOptional,
  inputProps,
}: ChoiceGroupProps) {
  const { defaultValue, ...input } = inputProps;
  const isTicked = (value: string) =>
    Array.isArray(defaultValue) ? defaultValue.includes(value) : defaultValue === value;
  return (
    <fieldset className="mb-5" aria-describedby={fieldDescribedBy(id, hint, error)} id={id} tabIndex={-1}>
      <FieldsetIntro id={id} legend={legend} hint={hint} error={error} isOptional={isOptional} />
      <div className={options.length > 6 ? "mt-2 grid gap-1 sm:grid-cols-2" : "mt-2 space-y-1"}>
        {options.map((option) => {
          const optionId = `${id}-${option.value || "tom"}`;
          return (
            <div key={option.value} className="flex items-start gap-2">
              <input
                id={optionId}
                type={type}
                value={option.value}
                className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
                defaultChecked={isTicked(option.value)}
                {...input}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
