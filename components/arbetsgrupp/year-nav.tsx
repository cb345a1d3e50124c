import Link from "next/link";

/** The years with anonymised brister, newest first, each a link to its list; the chosen one marked. */
export function YearNav({ rows, year }: { rows: Array<{ year: number; count: number }>; year?: number }) {
  if (rows.length === 0) return null;
  return (
    <nav aria-labelledby="ar-rubrik" className="mb-8">
      <h2 id="ar-rubrik" className="mb-2 text-lg font-semibold">
        Välj år
      </h2>
      <ul className="flex flex-wrap gap-3">
        {rows.map((row) => {
          const isCurrent = row.year === year;
          return (
            <li key={row.year}>
              <Link
                href={`/arbetsgrupp?ar=${row.year}`}
                aria-current={isCurrent ? "page" : undefined}
                className={`inline-block rounded border-2 px-4 py-2 ${
                  isCurrent
                    ? "border-brand-900 bg-brand-900 font-semibold text-white"
                    : "border-brand-700 text-brand-900 underline hover:bg-brand-50"
                }`}
              >
                {row.year}{" "}
                <span className={isCurrent ? "font-normal" : "text-slate-800"}>
                  ({row.count} {row.count === 1 ? "brist" : "brister"})
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
