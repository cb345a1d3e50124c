import { WIZARD_STEPS, type StepKey } from "@/lib/reports/wizard-steps";

/**
 * Where the reporter is: a plain "Steg 4 av 6" with the step's name, and the whole list folded away below it. Between
 * del ett and del två (`current="delEttKlar"`) no step is current: the list says what is done and what is left.
 */
export function WizardProgress({
  current,
  completed,
}: {
  current: StepKey | "granska" | "delEttKlar";
  completed: StepKey[];
}) {
  const steps = [
    ...WIZARD_STEPS.map((s) => ({ key: s.key as string, title: s.title, part: s.part })),
    { key: "granska", title: "Granska och skicka", part: 2 },
  ];
  const index = steps.findIndex((s) => s.key === current);
  const doneCount = steps.filter((s) => completed.includes(s.key as StepKey)).length;
  return (
    <nav aria-label="Steg i rapporten" className="no-print mb-6">
      {index >= 0 ? (
        <p className="text-base text-slate-700" data-testid="wizard-step">
          Steg {index + 1} av {steps.length}
        </p>
      ) : (
        <p className="text-base text-slate-700" data-testid="wizard-step">
          {doneCount} av {steps.length} steg klara
        </p>
      )}
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer text-brand-900 underline">Visa alla steg</summary>
        <ol className="mt-2 space-y-1 border-l-4 border-slate-300 pl-4">
          {steps.map((step, i) => {
            const isCurrent = step.key === current;
            const isDone = completed.includes(step.key as StepKey);
            const state = isCurrent ? "Pågår" : isDone ? "Klart" : "Inte påbörjat";
            return (
              <li
                key={step.key}
                aria-current={isCurrent ? "step" : undefined}
                className={`flex flex-wrap justify-between gap-x-4 ${isCurrent ? "font-semibold" : ""}`}
              >
                <span>
                  {i + 1}. {step.part === 1 ? "Del ett: " : "Del två: "}
                  {step.title}
                </span>
                <span className="text-slate-700">{state}</span>
              </li>
            );
          })}
        </ol>
      </details>
    </nav>
  );
}
