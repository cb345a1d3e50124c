import type { ReactNode } from "react";
import { BarChart } from "@/components/charts/bar-chart";
import { ReportExamples } from "@/components/annual-report/report-examples";
import type { AnnualReportData } from "@/lib/annual-report/annual-report-data";
import { bristerCount, placeExamples, topCategoryFigure } from "@/lib/annual-report/report-outline";
import { barDataFromRows } from "@/lib/statistics/bar-data";

const NO_EXAMPLE =
  "Inga brister är valda. Markera en brist som exempel när arbetsgruppen går igenom den, så kommer den med här.";

/** What the report fills in by itself, section by section, for the editor to show beside the texts. */
export function reportPanels(data: AnnualReportData): {
  summary: ReactNode;
  figures: ReactNode;
  categories: Record<string, ReactNode>;
  other: ReactNode;
  focus: ReactNode;
  appendix: ReactNode;
} {
  const { statistics, year } = data;
  const placed = placeExamples(data);
  const top = statistics.topCategories.rows;
  const categories: Record<string, ReactNode> = {};
  for (const row of top) {
    categories[row.label] = (
      <>
        <h4 className="mb-1 font-semibold">Ur statistiken</h4>
        <p>{topCategoryFigure(row)}</p>
        <ReportExamples
          heading="Exempel som kommer med i rapporten"
          level={4}
          examples={placed.byCategory.get(row.label) ?? []}
          empty={NO_EXAMPLE}
        />
      </>
    );
  }
  return {
    summary: (
      <>
        <h3 className="mb-1 font-semibold">Ur statistiken</h3>
        <p>
          Antal brister {year}: <strong>{statistics.total.display}</strong>.
        </p>
        {top.length > 0 ? (
          <>
            <p className="mt-2">De vanligaste bakomliggande orsakerna:</p>
            <ol className="list-decimal pl-5">
              {top.map((row) => (
                <li key={row.key}>
                  {row.label}: {bristerCount(row.count.display)} ({row.share.display})
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </>
    ),
    figures: (
      <BarChart
        title={`Brister per bakomliggande orsak ${year}`}
        summary={`Antal brister ${year} per bakomliggande orsak, av ${bristerCount(statistics.total.display)}.`}
        rows={barDataFromRows(statistics.categories.rows)}
        labelHeader="Bakomliggande orsak"
        shareHeader="Andel av bristerna"
        note={statistics.categories.hasSuppressed ? statistics.note : null}
        id="orsaker"
      />
    ),
    categories,
    other: (
      <ReportExamples
        heading="Exempel i andra kategorier"
        level={3}
        examples={placed.other}
        empty="Inga valda exempel utanför de vanligaste kategorierna."
      />
    ),
    focus: (
      <ReportExamples
        heading="Brister markerade för årets fokus"
        level={3}
        examples={placed.focus}
        empty="Ingen brist är markerad för årets fokus. Markera den när arbetsgruppen går igenom bristen."
      />
    ),
    appendix: (
      <details className="rounded border border-slate-400">
        <summary className="cursor-pointer p-2 font-semibold text-brand-900 underline">
          Visa bilagan ({bristerCount(String(data.appendix.length))})
        </summary>
        <div
          className="overflow-x-auto border-t border-slate-300 p-2"
          role="region"
          aria-label="Bilagan"
          tabIndex={0}
        >
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Avidentifierade brister {year}</caption>
            <thead>
              <tr className="border-b-2 border-slate-600">
                <th scope="col" className="p-2">
                  Referens
                </th>
                <th scope="col" className="p-2">
                  Månad
                </th>
                <th scope="col" className="p-2">
                  Bakomliggande orsaker
                </th>
              </tr>
            </thead>
            <tbody>
              {data.appendix.map((row) => (
                <tr key={row.reference} className="border-b border-slate-300">
                  <th scope="row" className="p-2 font-normal whitespace-nowrap">
                    {row.reference}
                  </th>
                  <td className="p-2">{row.month ?? "Okänd"}</td>
                  <td className="p-2">{row.categories.join(", ") || "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    ),
  };
}
