import Link from "next/link";
import type { ReactNode } from "react";

export interface ReferenceColumn<TRow> {
  header: string;
  cell: (row: TRow) => ReactNode;
  className?: string;
}

interface ReferenceTableProps<TRow extends { id: string; name: string }> {
  caption: ReactNode;
  captionClassName?: string;
  className?: string;
  rows: TRow[];
  /** The edit page of a row, linked from its name in the first column. */
  href: (row: TRow) => string;
  /** Shown after the name link, e.g. "(du)". */
  nameSuffix?: (row: TRow) => ReactNode;
  /** The columns after "Namn". */
  columns: ReferenceColumn<TRow>[];
}

/** An admin list of reference data: a caption, the name as a row header linking to its edit page, then the columns. */
export function ReferenceTable<TRow extends { id: string; name: string }>({
  caption,
  captionClassName = "mb-2 text-left font-semibold",
  className = "mb-8 overflow-x-auto",
  rows,
  href,
  nameSuffix,
  columns,
}: ReferenceTableProps<TRow>) {
  return (
    <div className={className}>
      <table className="w-full border-collapse text-left">
        <caption className={captionClassName}>{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-600">
            {["Namn", ...columns.map((column) => column.header)].map((header) => (
              <th key={header} scope="col" className="p-2">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-300">
              <th scope="row" className="p-2 text-left font-normal">
                <Link href={href(row)} className="text-brand-900 underline">
                  {row.name}
                </Link>
                {nameSuffix?.(row)}
              </th>
              {columns.map((column) => (
                <td key={column.header} className={column.className ?? "p-2"}>
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

/** "Aktiv", or a strong "Avaktiverad"; neuter nouns such as område take "Aktivt" and "Avaktiverat". */
export function ActiveStatus({ isActive, neuter = false }: { isActive: boolean; neuter?: boolean }) {
  if (isActive) return neuter ? "Aktivt" : "Aktiv";
  return <strong>{neuter ? "Avaktiverat" : "Avaktiverad"}</strong>;
}

/** The columns every reference list ends with: sort order, status and how often it is used. */
export function sortStatusUsageColumns<TRow extends { sortOrder: number; isActive: boolean; usage: number }>(
  usageHeader: string,
  neuter = false,
): ReferenceColumn<TRow>[] {
  return [
    { header: "Sortering", cell: (row) => row.sortOrder },
    { header: "Status", cell: (row) => <ActiveStatus isActive={row.isActive} neuter={neuter} /> },
    { header: usageHeader, cell: (row) => row.usage },
  ];
}
