import { useId } from "react";
import type { PublishedCell } from "@/lib/statistics/publish";
import { Figure, hiddenCellClass } from "./figure";

export interface BreakdownTableRow {
  label: string;
  /** One per year: the count and its share of that year's brister; a share of null is not shown. */
  cells: ReadonlyArray<{ count: PublishedCell | null; share: PublishedCell | null }>;
}

interface BreakdownTableProps {
  caption: string;
  labelHeader: string;
  years: readonly number[];
  rows: readonly BreakdownTableRow[];
  /** The explanation of "<3" and "–", linked to the table. */
  note: string | null;
}

/**
 * A breakdown's figures, a pair of columns (antal, andel) per year. Each year's columns are exactly that year's
 * own figures; there is no total over the years. Every data cell names its headers, so a screen reader reads
 * "SIP, 2026, Antal". Scrolls sideways inside a region named by its caption on a narrow screen.
 */
export function BreakdownTable({ caption, labelHeader, years, rows, note }: BreakdownTableProps) {
  const id = useId().replace(/[^A-Za-z0-9_-]/g, "");
  const yearId = (y: number) => `${id}-ar-${y}`;
  const subId = (y: number, kind: string) => `${id}-${kind}-${y}`;
  return (
    <div className="max-w-full">
      <div
        role="region"
        aria-labelledby={`${id}-caption`}
        tabIndex={0}
        className="max-w-full overflow-x-auto"
      >
        <table
          className="border-collapse text-left text-sm"
          aria-describedby={note ? `${id}-not` : undefined}
        >
          <caption id={`${id}-caption`} className="mb-2 text-left font-semibold">
            {caption}
          </caption>
          <thead>
            <tr>
              <th
                id={`${id}-etikett`}
                scope="col"
                rowSpan={2}
                className="border-b-2 border-slate-600 p-2 align-bottom"
              >
                {labelHeader}
              </th>
              {years.map((y) => (
                <th
                  key={y}
                  id={yearId(y)}
                  scope="colgroup"
                  colSpan={2}
                  className="border-b border-slate-400 px-2 pt-2 pb-1 text-center"
                >
                  {y}
                </th>
              ))}
            </tr>
            <tr className="border-b-2 border-slate-600">
              {years.map((y) => [
                <th
                  key={`${y}-antal`}
                  id={subId(y, "antal")}
                  scope="col"
                  className="px-2 pb-2 text-right font-normal"
                >
                  Antal
                </th>,
                <th
                  key={`${y}-andel`}
                  id={subId(y, "andel")}
                  scope="col"
                  className="px-2 pb-2 text-right font-normal"
                >
                  Andel
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => {
              const rowId = `${id}-rad-${r}`;
              return (
                <tr key={`${r}-${row.label}`} className="border-b border-slate-300">
                  <th id={rowId} scope="row" className="p-2 text-left font-normal">
                    {row.label}
                  </th>
                  {row.cells.map((cell, i) => {
                    const y = years[i]!;
                    return [
                      <td
                        key={`${y}-antal`}
                        headers={`${rowId} ${yearId(y)} ${subId(y, "antal")}`}
                        className={`p-2 text-right tabular-nums${hiddenCellClass(cell.count)}`}
                      >
                        {cell.count ? <Figure cell={cell.count} /> : null}
                      </td>,
                      <td
                        key={`${y}-andel`}
                        headers={`${rowId} ${yearId(y)} ${subId(y, "andel")}`}
                        className={`p-2 text-right tabular-nums${hiddenCellClass(cell.share)}`}
                      >
                        {cell.share ? <Figure cell={cell.share} kind="share" /> : null}
                      </td>,
                    ];
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {note ? (
        <p id={`${id}-not`} className="mt-2 max-w-prose text-sm">
          {note}
        </p>
      ) : null}
    </div>
  );
}
