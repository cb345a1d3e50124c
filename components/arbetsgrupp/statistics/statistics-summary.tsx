import { useId } from "react";
import type { PublishedYearStatistics } from "@/lib/statistics/publish";
import { exactCellText } from "@/lib/statistics/statistics-view";
import { bristWord } from "./brist-word";
import { Figure, hiddenCellClass } from "./figure";

/** The number of brister per year and the chosen year's three most common causes. */
export function StatisticsSummary({
  published,
  note,
}: {
  published: readonly PublishedYearStatistics[];
  note: string | null;
}) {
  const baseId = useId().replace(/[^A-Za-z0-9_-]/g, "");
  const current = published.at(-1)!;
  const top = current.topCategories;
  const totalsHidden = published.some((p) => p.total.suppressed);
  return (
    <section aria-labelledby="sammanfattning-rubrik" className="mb-12">
      <h2 id="sammanfattning-rubrik" className="mb-3 text-2xl font-semibold">
        Sammanfattning
      </h2>
      <div className="mb-6 max-w-full">
        <div
          role="region"
          aria-labelledby={`${baseId}-caption`}
          tabIndex={0}
          className="max-w-full overflow-x-auto"
        >
          <table
            className="border-collapse text-left"
            aria-describedby={totalsHidden && note ? `${baseId}-not` : undefined}
          >
            <caption id={`${baseId}-caption`} className="mb-2 text-left font-semibold">
              Antal brister per år
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-600">
                <th scope="col" className="p-2">
                  År
                </th>
                <th scope="col" className="p-2 text-right">
                  Antal brister
                </th>
              </tr>
            </thead>
            <tbody>
              {published.map((p) => (
                <tr key={p.year} className="border-b border-slate-300">
                  <th scope="row" className="p-2 text-left font-normal">
                    {p.year}
                  </th>
                  <td className={`p-2 text-right tabular-nums${hiddenCellClass(p.total)}`}>
                    <Figure cell={p.total} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {totalsHidden && note ? (
          <p id={`${baseId}-not`} className="mt-2 max-w-prose text-sm">
            {note}
          </p>
        ) : null}
      </div>
      <h3 className="mb-2 text-xl font-semibold">De vanligaste orsakerna {current.year}</h3>
      {top.rows.length === 0 ? (
        <p className="max-w-prose">Inga brister har någon orsak angiven ännu.</p>
      ) : (
        <>
          <ol className="mb-2 list-none space-y-1 pl-0">
            {top.rows.map((row) => {
              const count = exactCellText(row.count);
              return (
                <li key={row.key}>
                  <span className="font-semibold">
                    {row.rank}. {row.label}
                  </span>
                  : {count} {bristWord(count)}, {exactCellText(row.share, "share")} av årets brister
                  {row.tied ? " (delad plats)" : null}
                </li>
              );
            })}
          </ol>
          {top.tiedAtCutoff ? (
            <p className="max-w-prose">Flera orsaker delar sista platsen, så fler än tre är med.</p>
          ) : null}
        </>
      )}
    </section>
  );
}
