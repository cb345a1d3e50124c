import type { InputHTMLAttributes, Ref } from "react";
import type { RedactionWorkbench } from "@/lib/anonymised-cases/workbench-types";

type Registration = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };

interface StructuredFieldsProps {
  idBase: string;
  structured: RedactionWorkbench["structured"];
  ageGroup: Registration;
  organisation: Registration;
}

/** The case's structured facts as the arbetsgrupp would see them, with the two that can identify made optional. */
export function StructuredFields({ idBase, structured, ageGroup, organisation }: StructuredFieldsProps) {
  return (
    <fieldset className="mb-6 rounded border border-slate-400 p-3">
      <legend className="px-1 font-semibold">Uppgifter utanför texterna</legend>
      <p className="mb-2">
        {structured.month ? (
          <>
            Händelsen visas bara som månad: <strong>{structured.month}</strong>.
          </>
        ) : (
          "Ingen tidpunkt för händelsen är angiven."
        )}
      </p>
      <p className="mb-2 text-sm text-slate-700">
        En liten kommun tillsammans med ett ovanligt område eller en åldersgrupp kan räcka för att känna igen
        någon. Undanhåll det som behövs i just det här ärendet.
      </p>
      {/* Without an age group there is nothing to withhold. */}
      {structured.ageGroup ? (
        <div className="mb-2 flex items-start gap-2">
          <input
            id={`${idBase}-alder`}
            type="checkbox"
            className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
            {...ageGroup}
          />
          <label htmlFor={`${idBase}-alder`}>Undanhåll åldersgruppen ({structured.ageGroup})</label>
        </div>
      ) : null}
      <div className="flex items-start gap-2">
        <input
          id={`${idBase}-organisation`}
          type="checkbox"
          className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          {...organisation}
        />
        <label htmlFor={`${idBase}-organisation`}>
          Undanhåll den rapporterande organisationen ({structured.organisation}). Huvudmannen visas ändå.
        </label>
      </div>
    </fieldset>
  );
}
