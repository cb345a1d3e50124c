import { BarChartSvg } from "@/components/charts/bar-chart";
import { barDataFromRows } from "@/lib/statistics/bar-data";
import {
  BREAKDOWN_TEXTS,
  exactCellText,
  MULTIPLE_ROWS_NOTE,
  type AlignedBreakdown,
} from "@/lib/statistics/statistics-view";
import { BreakdownTable, type BreakdownTableRow } from "./breakdown-table";
import { bristWord } from "./brist-word";

interface StatisticsBreakdownProps {
  /** The section's anchor, e.g. "orsaker". */
  id: string;
  breakdown: AlignedBreakdown;
  years: readonly number[];
  /** The explanation of "<3" and "–". */
  note: string | null;
}

/**
 * One breakdown: the chosen year as a bar chart, and beside it (below on a narrow screen) a table of the chosen
 * year and the earlier years. A coordinator sees exact figures, each hidden one marked with what the arbetsgrupp
 * sees instead; the chart draws a hidden count hatched.
 */
export function StatisticsBreakdown({ id, breakdown, years, note }: StatisticsBreakdownProps) {
  const text = BREAKDOWN_TEXTS[breakdown.key];
  const last = years.length - 1;
  const year = years[last]!;
  const chartRows = barDataFromRows(
    breakdown.rows
      .filter((row) => row.inYear[last])
      .map((row) => ({ ...row.cells[last]!, label: row.label })),
  );
  const notStatedLabel = text.notStatedLabel ?? "Inte angivet";
  const rows: BreakdownTableRow[] = breakdown.rows.map((row) => ({ label: row.label, cells: row.cells }));
  if (breakdown.notStated.some((cell) => cell && cell.value !== 0)) {
    rows.push({ label: notStatedLabel, cells: breakdown.notStated.map((count) => ({ count, share: null })) });
  }
  const notStated = breakdown.notStated[last];
  const notStatedText = notStated ? exactCellText(notStated) : "0";
  const hidden = breakdown.hasSuppressed.some(Boolean);
  return (
    <section aria-labelledby={`${id}-rubrik`} className="mb-12">
      <h2 id={`${id}-rubrik`} className="mb-2 text-2xl font-semibold">
        {text.title}
      </h2>
      <p className="mb-2 max-w-prose">{text.lead}</p>
      {breakdown.exclusive ? null : <p className="mb-2 max-w-prose">{MULTIPLE_ROWS_NOTE}</p>}
      {notStated && notStated.value !== 0 ? (
        <p className="mb-2 max-w-prose">
          {notStatedLabel} {year}: {notStatedText} {bristWord(notStatedText)}.
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap items-start gap-x-8 gap-y-6">
        <div className="w-full max-w-md">
          <BarChartSvg
            input={{ title: `${text.title} ${year}`, summary: `Antal brister ${year}.`, rows: chartRows }}
            id={`${id}-diagram`}
          />
        </div>
        <BreakdownTable
          caption={years.length > 1 ? `${text.title} ${years[0]}–${year}` : `${text.title} ${year}`}
          labelHeader={text.labelHeader}
          years={years}
          rows={rows}
          note={hidden ? note : null}
        />
      </div>
    </section>
  );
}
