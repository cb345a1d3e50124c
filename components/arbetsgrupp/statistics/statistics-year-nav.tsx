import Link from "next/link";

/** The years to choose between, newest first, each a link to its statistics; the chosen one marked. */
export function StatisticsYearNav({ years, year }: { years: readonly number[]; year: number }) {
  return (
    <nav aria-labelledby="statistik-ar-rubrik" className="mb-8">
      <h2 id="statistik-ar-rubrik" className="mb-2 text-lg font-semibold">
        Välj år
      </h2>
      <ul className="flex flex-wrap gap-3">
        {years.map((y) => {
          const isCurrent = y === year;
          return (
            <li key={y}>
              <Link
                href={`/arbetsgrupp/statistik?ar=${y}`}
                aria-current={isCurrent ? "page" : undefined}
                className={`inline-block rounded border-2 px-4 py-2 ${
                  isCurrent
                    ? "border-brand-900 bg-brand-900 font-semibold text-white"
                    : "border-brand-700 text-brand-900 underline hover:bg-brand-50"
                }`}
              >
                {y}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
