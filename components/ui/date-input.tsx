"use client";

import type { Ref } from "react";
import { fieldDescribedBy } from "@/components/ui/field-frame";
import { FieldsetIntro } from "@/components/ui/fieldset-intro";
import { DATE_PART_SUFFIXES } from "@/lib/forms/date-part-names";
import { joinDateParts, splitDateParts, type DateParts } from "@/lib/validation/date-parts";

/**
 * GOV.UK's date input: dag, månad and år in one fieldset with its legend and hint, the error on the group. The value
 * is the one string the schema reads (lib/validation/date-parts.ts); without `hasDay` only month and year are asked.
 */
export function DateInput({
  id,
  name,
  legend,
  hint,
  error,
  value,
  hasDay = true,
  isOptional = false,
  onChange,
  onBlur,
  inputRef,
}: {
  id: string;
  /** The field's name: without JavaScript the parts are posted as "<name>:dag", "<name>:manad" and "<name>:ar". */
  name?: string;
  legend: string;
  hint?: string;
  error?: string;
  value: string | undefined;
  hasDay?: boolean;
  isOptional?: boolean;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Given to the first field, so a failed submit can focus it. */
  inputRef?: Ref<HTMLInputElement>;
}) {
  const parts = splitDateParts(value, hasDay);
  const fields: { key: keyof DateParts; label: string; width: string; maxLength: number }[] = [
    ...(hasDay ? [{ key: "day" as const, label: "Dag", width: "w-16", maxLength: 2 }] : []),
    { key: "month", label: "Månad", width: "w-16", maxLength: 2 },
    { key: "year", label: "År", width: "w-24", maxLength: 4 },
  ];
  return (
    <fieldset className="mb-5" id={id} tabIndex={-1} aria-describedby={fieldDescribedBy(id, hint, error)}>
      <FieldsetIntro id={id} legend={legend} hint={hint} error={error} isOptional={isOptional} />
      <div className="mt-2 flex flex-wrap gap-4">
        {fields.map((field, index) => (
          <div key={field.key}>
            <label htmlFor={`${id}-${field.key}`} className="block">
              {field.label}
            </label>
            <input
              id={`${id}-${field.key}`}
              name={name ? `${name}${DATE_PART_SUFFIXES[field.key]}` : undefined}
              ref={index === 0 ? inputRef : undefined}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={field.maxLength + 2}
              aria-invalid={error ? true : undefined}
              value={parts[field.key]}
              onChange={(event) =>
                onChange(joinDateParts({ ...parts, [field.key]: event.target.value }, hasDay))
              }
              onBlur={onBlur}
              className={`mt-1 block rounded border-2 px-3 py-2 ${field.width} ${error ? "border-red-700" : "border-slate-600"}`}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
