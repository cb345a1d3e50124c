import { BarChartSvg } from "@/components/charts/bar-chart";
import type { ReportBlock, ReportOutline } from "@/lib/annual-report/report-outline";
import { REPORT_HEADINGS } from "@/lib/annual-report/report-outline";

/**
 * A4 on paper: the title page and the table of contents each on a page of their own, chapters kept with their
 * headings, table headers repeated on each page, and the page number at the foot of every page but the first.
 */
const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 20mm 18mm 22mm; @bottom-center { content: "Sida " counter(page) " av " counter(pages); font-size: 9pt; } }
  @page :first { @bottom-center { content: none; } }
:root:has(.arsrapport) .print-title { display: none !important; }
  .arsrapport { font-size: 11pt; }
  .arsrapport h2, .arsrapport h3, .arsrapport h4 { break-after: avoid; }
  .arsrapport tr, .arsrapport figure, .arsrapport .exempel-text { break-inside: avoid; }
  .arsrapport thead { display: table-header-group; }
  .arsrapport a { color: inherit; text-decoration: none; }
}
`;

const HEADING_TAGS = { 1: "h2", 2: "h3", 3: "h4" } as const;
const HEADING_CLASSES = {
  1: "mt-10 mb-4 text-2xl font-bold text-brand-900",
  2: "mt-8 mb-3 text-xl font-bold text-brand-900",
  3: "mt-6 mb-2 text-lg font-bold",
} as const;

function Lines({ text }: { text: string }) {
  return <span className="whitespace-pre-line">{text}</span>;
}

function Block({ block, index, breakBefore }: { block: ReportBlock; index: number; breakBefore: boolean }) {
  switch (block.kind) {
    case "heading": {
      const Tag = HEADING_TAGS[block.level];
      return (
        <Tag
          id={block.id}
          className={`${HEADING_CLASSES[block.level]} ${breakBefore ? "print:break-before-page" : ""}`}
        >
          {block.text}
        </Tag>
      );
    }
    case "paragraph":
      return (
        <p
          className={`mb-3 max-w-prose ${block.style === "placeholder" ? "italic" : ""} ${block.style === "meta" ? "text-slate-700" : ""}`}
        >
          <Lines text={block.text} />
        </p>
      );
    case "bullets":
      return (
        <ul className="mb-3 max-w-prose list-disc space-y-1 pl-6">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case "numbered":
      return (
        <ol className="mb-3 max-w-prose list-decimal space-y-1 pl-6">
          {block.items.map((item, i) => (
            <li key={i}>
              <Lines text={item} />
            </li>
          ))}
        </ol>
      );
    case "labelled":
      return (
        <div className="exempel-text mb-3 max-w-prose">
          <p className="font-semibold">{block.label}</p>
          <p>
            <Lines text={block.text} />
          </p>
        </div>
      );
    case "chart":
      return (
        <figure className="mb-4 max-w-md">
          <BarChartSvg
            input={{ title: block.title, summary: block.summary, rows: block.rows }}
            id={`diagram-${index}`}
          />
          <figcaption className="mt-1 text-sm">
            Diagram: {block.title}. Siffrorna finns i tabellen nedan.
          </figcaption>
        </figure>
      );
    case "table":
      return (
        <div className="mb-6">
          <div
            className="max-w-full overflow-x-auto print:overflow-visible"
            role="region"
            aria-labelledby={`tabell-${index}`}
            tabIndex={0}
          >
            <table
              className="w-full border-collapse text-left text-sm"
              aria-describedby={block.note ? `tabell-${index}-not` : undefined}
            >
              <caption id={`tabell-${index}`} className="mb-2 text-left font-semibold">
                {block.caption}
              </caption>
              <thead>
                <tr className="border-b-2 border-slate-600 bg-brand-50">
                  {block.headers.map((header, column) => (
                    <th
                      key={header}
                      scope="col"
                      className={`p-2 ${block.numeric.includes(column) ? "text-right" : ""}`}
                      style={{ width: `${block.widths[column]}%` }}
                    >
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.length === 0 ? (
                  <tr>
                    <td colSpan={block.headers.length} className="p-2 italic">
                      Inga brister.
                    </td>
                  </tr>
                ) : (
                  block.rows.map((row, r) => (
                    <tr key={r} className="border-b border-slate-300">
                      {row.map((value, column) =>
                        column === 0 ? (
                          <th key={column} scope="row" className="p-2 font-normal">
                            {value}
                          </th>
                        ) : (
                          <td
                            key={column}
                            className={`p-2 ${block.numeric.includes(column) ? "text-right tabular-nums" : ""}`}
                          >
                            {value}
                          </td>
                        ),
                      )}
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
          {block.note ? (
            <p id={`tabell-${index}-not`} className="mt-2 max-w-prose text-sm">
              {block.note}
            </p>
          ) : null}
        </div>
      );
  }
}

/** The annual report as a web page built from the same outline as the Word document, for printing or PDF. */
export function AnnualReportDocument({ outline }: { outline: ReportOutline }) {
  const contents = outline.blocks.filter(
    (block): block is Extract<ReportBlock, { kind: "heading" }> =>
      block.kind === "heading" && block.level <= 2,
  );
  return (
    <article className="arsrapport" aria-labelledby="rapport-titel">
      <style>{PRINT_CSS}</style>
      <header className="mb-10 border-b-2 border-slate-300 pb-8 print:flex print:min-h-[240mm] print:flex-col print:justify-center print:border-0">
        <h1 id="rapport-titel" className="mb-4 text-4xl font-bold text-brand-900">
          {outline.title}
        </h1>
        {outline.subtitle.map((line) => (
          <p key={line} className="text-lg">
            {line}
          </p>
        ))}
      </header>
      <nav aria-labelledby="innehall-rubrik" className="mb-10 print:break-before-page print:break-after-page">
        <h2 id="innehall-rubrik" className="mb-3 text-2xl font-bold text-brand-900">
          {REPORT_HEADINGS.contents}
        </h2>
        <ol className="space-y-1">
          {contents.map((heading) => (
            <li key={heading.id} className={heading.level === 2 ? "pl-6" : ""}>
              <a href={`#${heading.id}`} className="text-brand-900 underline">
                {heading.text}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {outline.blocks.map((block, index) => {
        // As in the Word document: the appendix starts on a page of its own.
        const breakBefore =
          block.kind === "heading" && block.level === 1 && block.text.startsWith(REPORT_HEADINGS.appendix);
        return <Block key={index} block={block} index={index} breakBefore={breakBefore} />;
      })}
    </article>
  );
}
