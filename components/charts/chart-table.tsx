import { useId, type ReactNode } from "react";
import type { BarDatum } from "@/lib/statistics/bar-chart-layout";

export interface ChartTableProps {
  caption: ReactNode;
  /** Header of the label column, e.g. "Kategori". */
  labelHeader: string;
  valueHeader?: string;
  /** Header of the share column; the column is shown when given and the rows have shares. */
  shareHeader?: string;
  rows: readonly BarDatum[];
  /** The explanation of "<3" and "–", shown under the table and linked to it. */
  note?: string | null;
}

/**
 * A chart's figures as a table: what a screen reader, a keyboard and a copy-paste get. On a narrow screen the table
 * scrolls sideways inside a region named by its caption, which takes focus so the keyboard can scroll it too.
 */
export function ChartTable({
  caption,
  labelHeader,
  valueHeader = "Antal",
  shareHeader,
  rows,
  note,
}: ChartTableProps) {
  const baseId = useId().replace(/[^A-Za-z0-9_-]/g, "");
  const noteId = `${baseId}-not`;
  const captionId = `${baseId}-caption`;
  const showShares = shareHeader !== undefined && rows.some((row) => row.shareDisplay !== undefined);
  return (
    <div className="max-w-full">
      <div role="region" aria-labelledby={captionId} tabIndex={0} className="max-w-full overflow-x-auto">
        <table className="border-collapse text-left text-sm" aria-describedby={note ? noteId : undefined}>
          <caption id={captionId} className="mb-2 text-left font-semibold">
            {caption}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-600">
              <th scope="col" className="p-2">
                {labelHeader}
              </th>
              <th scope="col" className="p-2 text-right">
                {valueHeader}
              </th>
              {showShares ? (
                <th scope="col" className="p-2 text-right">
                  {shareHeader}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={`${i}-${row.label}`} className="border-b border-slate-300">
                <th scope="row" className="p-2 text-left font-normal">
                  {row.label}
                </th>
                <td className="p-2 text-right tabular-nums">{row.display}</td>
                {showShares ? (
                  <td className="p-2 text-right tabular-nums">{row.shareDisplay ?? ""}</td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {note ? (
        <p id={noteId} className="mt-2 max-w-prose text-sm">
          {note}
        </p>
      ) : null}
    </div>
  );
}
