import type { Metadata } from "next";
import Link from "next/link";
import { StatisticsBreakdown } from "@/components/arbetsgrupp/statistics/statistics-breakdown";
import { StatisticsDownloads } from "@/components/arbetsgrupp/statistics/statistics-downloads";
import { StatisticsDurations } from "@/components/arbetsgrupp/statistics/statistics-durations";
import { StatisticsSummary } from "@/components/arbetsgrupp/statistics/statistics-summary";
import { StatisticsYearNav } from "@/components/arbetsgrupp/statistics/statistics-year-nav";
import { loadStatisticsPage } from "@/lib/anonymised-cases/load-statistics";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { stockholmDate } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { BREAKDOWN_KEYS, BREAKDOWN_TEXTS, type BreakdownKey } from "@/lib/statistics/statistics-view";
import { parseYear } from "./parse-year";

export const metadata: Metadata = { title: "Statistik" };

const ANCHORS: Record<BreakdownKey, string> = {
  categories: "orsaker",
  areas: "omraden",
  directions: "riktning",
  reporterHuvudman: "rapporterande-huvudman",
  reportingOrganisations: "rapporterande-organisation",
  partnerOrganisations: "samverkanspart",
  months: "manad",
  solved: "lost",
  escalated: "eskalerade",
};

/**
 * The statistics of a year's anonymised brister beside the earlier years, small counts suppressed for the
 * arbetsgrupp; coordinators see the exact figures, each hidden one marked. The year is in the URL (?ar=2026);
 * without it, the latest year with brister.
 */
export default async function StatisticsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { ar } = await searchParams;
  const user = await requirePagePermission("anonymised:read", {
    from: `/arbetsgrupp/statistik${typeof ar === "string" ? `?ar=${encodeURIComponent(ar)}` : ""}`,
  });
  const { view, yearsWithCases } = await loadStatisticsPage(await getDb(), user, {
    year: parseYear(ar),
    thisYear: Number(stockholmDate(new Date()).slice(0, 4)),
  });
  const { year, years, current, exact } = view;
  const choosable = [...new Set([...yearsWithCases.map((row) => row.year), year])].sort((a, b) => b - a);
  const empty = current.total.value === 0;

  return (
    <>
      <p className="mb-4">
        <Link href={`/arbetsgrupp?ar=${year}`} className="text-brand-900 underline">
          Tillbaka till arbetsgruppen
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">Statistik {year}</h1>
      <p className="mb-6 max-w-prose">
        Statistiken bygger bara på de avidentifierade brister som samordnarna har godkänt för arbetsgruppen
        {years.length > 1 ? `, och jämförs med ${listYears(years.slice(0, -1))}` : ""}. Den kan användas i
        årsrapporten till samrådet.
      </p>
      <StatisticsYearNav years={choosable} year={year} />
      {empty ? (
        <p className="mb-8 rounded border border-slate-400 p-3">
          Det finns inga avidentifierade brister för {year} ännu.
        </p>
      ) : (
        <>
          {exact ? (
            <div className="mb-6 max-w-prose rounded border-l-4 border-brand-700 bg-brand-50 p-3">
              <p>
                Du ser statistiken som samordnare, med exakta antal. Ett antal som arbetsgruppen inte ser står
                i en gulmarkerad cell med till exempel ”(visas som &lt;{view.threshold} för arbetsgruppen)”
                under. Arbetsgruppen, och filerna som laddas ner, visar bara det som står efter ”visas som”.
              </p>
            </div>
          ) : null}
          {view.note ? (
            <div className="mb-6 max-w-prose rounded border-l-4 border-slate-600 bg-slate-50 p-3">
              <h2 className="mb-1 font-semibold">Om dolda antal</h2>
              <p>{view.note}</p>
            </div>
          ) : null}
          <nav aria-labelledby="innehall-rubrik" className="mb-8">
            <h2 id="innehall-rubrik" className="mb-2 text-lg font-semibold">
              Innehåll
            </h2>
            <ul className="list-disc pl-5">
              <li>
                <a href="#sammanfattning-rubrik" className="text-brand-900 underline">
                  Sammanfattning
                </a>
              </li>
              <li>
                <a href="#ladda-ner-rubrik" className="text-brand-900 underline">
                  Ladda ner
                </a>
              </li>
              {BREAKDOWN_KEYS.map((key) => (
                <li key={key}>
                  <a href={`#${ANCHORS[key]}-rubrik`} className="text-brand-900 underline">
                    {BREAKDOWN_TEXTS[key].title}
                  </a>
                </li>
              ))}
              <li>
                <a href="#tider-rubrik" className="text-brand-900 underline">
                  Handläggningstider
                </a>
              </li>
            </ul>
          </nav>
          <StatisticsSummary published={view.published} note={view.note} />
          <StatisticsDownloads year={year} />
          {BREAKDOWN_KEYS.map((key) => (
            <StatisticsBreakdown
              key={key}
              id={ANCHORS[key]}
              breakdown={view.breakdowns[key]}
              years={years}
              note={view.note}
            />
          ))}
          <StatisticsDurations published={view.published} note={view.note} />
        </>
      )}
    </>
  );
}

function listYears(years: readonly number[]): string {
  if (years.length <= 1) return years.join("");
  return `${years.slice(0, -1).join(", ")} och ${years.at(-1)}`;
}
