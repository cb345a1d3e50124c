import type { ReportExample } from "@/lib/annual-report/annual-report-data";

/**
 * The brister the arbetsgrupp chose for a part of the report, each folded under its reference: month, categories
 * and the redacted texts, as the report will show them. Read-only.
 */
export function ReportExamples({
  heading,
  level,
  examples,
  empty,
}: {
  heading: string;
  level: 3 | 4;
  examples: readonly ReportExample[];
  /** Said when none is chosen. */
  empty: string;
}) {
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <div className="mt-3 first:mt-0">
      <Heading className="mb-2 font-semibold">{heading}</Heading>
      {examples.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="space-y-2">
          {examples.map((example) => (
            <li key={example.id}>
              <details className="rounded border border-slate-400 bg-white">
                <summary className="cursor-pointer p-2 font-semibold text-brand-900 underline">
                  {example.reference}
                  {example.month ? `, ${example.month}` : ""}
                </summary>
                <div className="border-t border-slate-300 p-3">
                  {example.categories.length > 0 ? (
                    <p className="mb-2">Bakomliggande orsaker: {example.categories.join(", ")}.</p>
                  ) : null}
                  <dl>
                    {example.texts.map((text, index) => (
                      <div key={`${index}-${text.label}`} className="mb-2">
                        <dt className="font-semibold">{text.label}</dt>
                        <dd className="whitespace-pre-line">{text.text}</dd>
                      </div>
                    ))}
                  </dl>
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
