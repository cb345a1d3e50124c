import { capitalise, focusHeading, textBlocks } from "@/lib/annual-report/report-outline";
import { SECTION_LABELS, type TAnnualReportSections } from "@/lib/annual-report/schemas";

/** An older version's texts, read-only, in the report's order. */
export function VersionView({ sections }: { sections: TAnnualReportSections }) {
  const parts: { heading: string; text: string }[] = [
    { heading: SECTION_LABELS.summary.label, text: sections.summary },
    ...Object.entries(sections.categoryTexts).map(([category, text]) => ({
      heading: capitalise(category),
      text,
    })),
    { heading: SECTION_LABELS.otherDeficiencies.label, text: sections.otherDeficiencies },
    { heading: focusHeading(sections.focusTitle), text: sections.focus },
    { heading: SECTION_LABELS.analysis.label, text: sections.analysis },
    {
      heading: SECTION_LABELS.openQuestions.label,
      text: sections.openQuestions.map((q) => `- ${q}`).join("\n"),
    },
    {
      heading: SECTION_LABELS.recommendations.label,
      text: sections.recommendations.map((r, i) => `${i + 1}. ${r}`).join("\n"),
    },
  ];
  return (
    <section aria-labelledby="versionens-text" className="mb-8 rounded border-2 border-slate-400 p-4">
      <h2 id="versionens-text" className="mb-4 text-2xl font-bold">
        Texten i versionen
      </h2>
      {parts.map((part, index) => (
        <div key={`${index}-${part.heading}`} className="mb-6 max-w-prose">
          <h3 className="mb-2 text-lg font-bold">{part.heading}</h3>
          {part.text.trim() === "" ? (
            <p className="italic">Ingen text.</p>
          ) : (
            textBlocks(part.text).map((block, i) =>
              block.kind === "bullets" ? (
                <ul key={i} className="mb-3 list-disc pl-6">
                  {block.items.map((item, j) => (
                    <li key={j}>{item}</li>
                  ))}
                </ul>
              ) : (
                <p key={i} className="mb-3 whitespace-pre-line">
                  {block.kind === "paragraph" ? block.text : ""}
                </p>
              ),
            )
          )}
        </div>
      ))}
    </section>
  );
}
