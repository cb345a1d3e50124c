"use client";

import { useEffect, useRef } from "react";

export interface SummaryError {
  fieldId: string;
  message: string;
}

/** Listed at the top after a failed submit and focused, each error linking to its field. */
export function ErrorSummary({
  errors,
  focusKey,
  id = "felsammanfattning",
}: {
  errors: SummaryError[];
  focusKey: number;
  /** Needed when a page has several forms, so their summaries never share an id. */
  id?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;
  // Focus when errors first appear and on every failed submit, not on every keystroke.
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [focusKey, hasErrors]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${id}-rubrik`}
      className="mb-6 rounded border-4 border-red-700 bg-white p-4"
    >
      <h2 id={`${id}-rubrik`} className="text-lg font-bold text-red-800">
        Det finns {errors.length === 1 ? "ett fel" : `${errors.length} fel`} att rätta
      </h2>
      <ul className="mt-2 list-disc pl-5">
        {errors.map((error) => (
          <li key={error.fieldId + error.message}>
            <a
              className="text-red-800 underline"
              href={`#${error.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                const target = document.getElementById(error.fieldId);
                target?.scrollIntoView({ block: "center" });
                (target?.matches("fieldset") ? target.querySelector<HTMLElement>("input") : target)?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
