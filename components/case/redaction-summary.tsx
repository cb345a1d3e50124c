import type { RedactionWorkbench } from "@/lib/anonymised-cases/workbench-types";

/** The actions column's pointer to the anonymisation workbench, which needs the page's full width. */
export function RedactionSummary({ workbench }: { workbench: RedactionWorkbench }) {
  const state = workbench.unavailable
    ? workbench.unavailable
    : !workbench.record
      ? "Inte påbörjad."
      : workbench.record.state === "GODKAND"
        ? "Avidentifieringen är godkänd."
        : "Sparad, väntar på godkännande.";
  return (
    <section aria-labelledby="avidentifiering-genvag-rubrik" className="no-print mb-8">
      <h2 id="avidentifiering-genvag-rubrik" className="mb-2 text-2xl font-bold">
        Avidentifiering
      </h2>
      <p className="mb-2">{state}</p>
      {workbench.unavailable ? null : (
        <a href="#avidentifiering-rubrik" className="text-brand-900 underline">
          Till arbetsytan för avidentifiering
        </a>
      )}
    </section>
  );
}
