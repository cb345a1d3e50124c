import { WIZARD_STEPS, type StepKey } from "@/lib/reports/wizard-steps";

/** The steps of the wizard as an ordered list; the current one is marked for screen readers too. */
export function WizardProgress({
  current,
  completed,
}: {
  current: StepKey | "granska";
  completed: StepKey[];
}) {
  const steps = [
    ...WIZARD_STEPS.map((s) => ({ key: s.key as string, title: s.title, part: s.part })),
    { key: "granska", title: "Granska och skicka", part: 2 },
  ];
  const index = steps.findIndex((s) => s.key === current);
  return (
    <nav aria-label="Steg i rapporten" className="no-print mb-8">
      <p className="mb-2 text-sm font-semibold text-slate-700">
        Steg {index + 1} av {steps.length}
      </p>
      <ol className="flex flex-wrap gap-2 text-sm">
        {steps.map((step, i) => {
          const isCurrent = step.key === current;
          const isDone = completed.includes(step.key as StepKey);
          return (
            <li
              key={step.key}
              aria-current={isCurrent ? "step" : undefined}
              className={`rounded-full border-2 px-3 py-1 ${isCurrent ? "border-brand-900 bg-brand-900 text-white" : isDone ? "border-brand-700 bg-brand-50 text-brand-900" : "border-slate-400 text-slate-800"}`}
            >
              <span className="sr-only">{isDone ? "Klart: " : isCurrent ? "Aktuellt steg: " : ""}</span>
              {i + 1}. {step.part === 1 ? "Del ett: " : "Del två: "}
              {step.title}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
