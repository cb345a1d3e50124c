import Link from "next/link";

const CELL = "border border-slate-400 px-3 py-1 text-left";

/** How many anonymised brister each year holds, each year linking to its list. */
export function YearCounts({ rows, year }: { rows: Array<{ year: number; count: number }>; year?: number }) {
  return (
    <table className="mb-8 border-collapse">
      <caption className="mb-2 text-left font-semibold">Avidentifierade brister per år</caption>
      <thead>
        <tr>
          <th scope="col" className={CELL}>
            År
          </th>
          <th scope="col" className={CELL}>
            Antal
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={2} className={CELL}>
              Inga avidentifierade brister ännu.
            </td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.year}>
              <td className={CELL}>
                <Link
                  href={`/arbetsgrupp?ar=${row.year}`}
                  aria-current={row.year === year ? "page" : undefined}
                  className="text-brand-900 underline"
                >
                  {row.year}
                </Link>
              </td>
              <td className={CELL}>{row.count}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
