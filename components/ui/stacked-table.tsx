import type { ReactNode } from "react";

export interface StackedColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** On a phone each value is shown with its column's name; false where the value says what it is. */
  labelled?: boolean;
  className?: string;
}

const CELL = "p-2 max-sm:block max-sm:px-0 max-sm:py-0.5";

/**
 * A table in its own scrollable region, whose rows stand as blocks of their own below the sm breakpoint, every
 * value with its column's name. The first column heads each row.
 */
export function StackedTable<Row>({
  labelledBy,
  caption,
  columns,
  rows,
  rowKey,
}: {
  /** The id of the section heading that names the region. */
  labelledBy: string;
  caption: string;
  columns: readonly [StackedColumn<Row>, ...StackedColumn<Row>[]];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}) {
  const [rowHeader, ...rest] = columns;
  return (
    <div className="relative overflow-x-auto" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="w-full border-collapse text-left max-sm:block">
        <caption className="sr-only">{caption}</caption>
        <thead className="max-sm:sr-only">
          <tr className="border-b-2 border-slate-600">
            {columns.map((column) => (
              <th key={column.header} scope="col" className="p-2">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-slate-300 max-sm:block max-sm:py-2">
              <th scope="row" className={`${CELL} text-left font-normal ${rowHeader.className ?? ""}`}>
                {rowHeader.cell(row)}
              </th>
              {rest.map((column) => (
                <td key={column.header} className={`${CELL} ${column.className ?? ""}`}>
                  {column.labelled === false ? null : (
                    <span className="font-semibold sm:hidden">{column.header}: </span>
                  )}
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
