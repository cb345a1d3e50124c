import type { NextStep } from "@/lib/cases/suggest-next-step";

/** The step that usually comes next, with a link to the form that does it. */
export function NextStepPanel({ step }: { step: NextStep | null }) {
  return (
    <section
      aria-labelledby="nasta-steg-rubrik"
      className="no-print mb-6 rounded border-2 border-brand-700 bg-brand-50 p-4"
    >
      <h2 id="nasta-steg-rubrik" className="text-xl font-bold">
        Nästa steg
      </h2>
      {step ? (
        <>
          <p className="mb-3 mt-1">{step.reason}</p>
          <a
            href={`#${step.target}-rubrik`}
            className="inline-block rounded border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white underline"
          >
            {step.label}
          </a>
        </>
      ) : (
        <p className="mt-1">
          Inget nästa steg: ärendet är avslutat eller avvisat. Det kan öppnas igen under Ändra status.
        </p>
      )}
    </section>
  );
}
