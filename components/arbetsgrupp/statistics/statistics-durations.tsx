import { useId } from "react";
import type { PublishedYearStatistics } from "@/lib/statistics/publish";
import { DURATION_KEYS, DURATION_LABELS, exactCellText } from "@/lib/statistics/statistics-view";
import { bristWord } from "./brist-word";
import { DurationFigure } from "./figure";

/** The median days from event to report, report to registration and registration to första återkoppling, per year. */
export function StatisticsDurations({
  published,
  note,
}: {
  published: readonly PublishedYearStatistics[];
  note: string | null;
}) {
  const baseId = useId().replace(/[^A-Za-z0-9_-]/g, "");
  const years = published.map((p) => p.year);
  const hidden = published.some((p) =>
    DURATION_KEYS.some((key) => p.durations[key].suppressed || p.durations[key].count.suppressed),
  );
  return (
    <section aria-labelledby="tider-rubrik" className="mb-12">
      <h2 id="tider-rubrik" className="mb-2 text-2xl font-semibold">
        Handläggningstider
      </h2>
      <p className="mb-4 max-w-prose">
        Medianen av antalet dagar: hälften av bristerna tog kortare tid, hälften längre. Bara brister där båda
        datumen är kända räknas. Med färre brister än gränsen för små antal visas ingen median.
      </p>
      <div
        role="region"
        aria-labelledby={`${baseId}-caption`}
        tabIndex={0}
        className="max-w-full overflow-x-auto"
      >
        <table
          className="border-collapse text-left text-sm"
          aria-describedby={hidden && note ? `${baseId}-not` : undefined}
        >
          <caption id={`${baseId}-caption`} className="mb-2 text-left font-semibold">
            Median i dagar, {years.length > 1 ? `${years[0]}–${years.at(-1)}` : years[0]}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-600">
              <th scope="col" className="p-2">
                Mått
              </th>
              {years.map((year) => (
                <th key={year} scope="col" className="p-2 text-right">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {DURATION_KEYS.map((key) => (
              <tr key={key} className="border-b border-slate-300">
                <th scope="row" className="p-2 text-left font-normal">
                  {DURATION_LABELS[key]}
                </th>
                {published.map((p) => {
                  const d = p.durations[key];
                  const n = exactCellText(d.count);
                  return (
                    <td
                      key={p.year}
                      className={`p-2 text-right tabular-nums${d.suppressed && d.median !== null ? " bg-amber-50" : ""}`}
                    >
                      <DurationFigure duration={d} />
                      <span className="block text-slate-800">
                        {n === "0" ? "inga uppgifter" : `av ${n} ${bristWord(n)}`}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hidden && note ? (
        <p id={`${baseId}-not`} className="mt-2 max-w-prose text-sm">
          {note}
        </p>
      ) : null}
    </section>
  );
}
