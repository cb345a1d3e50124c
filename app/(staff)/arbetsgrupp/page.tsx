import type { Metadata } from "next";
import Link from "next/link";
import { AnonymisedCaseList } from "@/components/arbetsgrupp/anonymised-case-list";
import { ReviewFiltersForm } from "@/components/arbetsgrupp/review-filters";
import { ReviewProgressBar } from "@/components/arbetsgrupp/review-progress-bar";
import { YearNav } from "@/components/arbetsgrupp/year-nav";
import { countAnonymisedByYear } from "@/lib/anonymised-cases/count-anonymised-by-year";
import { listReviewCases } from "@/lib/anonymised-cases/list-anonymised-cases";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import {
  hasActiveFilters,
  matchesReviewFilters,
  meetingHref,
  parseReviewFilters,
  parseYear,
  reviewFilterOptions,
  withKnownOptions,
  type SearchParams,
} from "@/lib/reviews/filters";
import { reviewProgress } from "@/lib/reviews/review-progress";

export const metadata: Metadata = { title: "Arbetsgruppen" };

/**
 * The arbetsgrupp's review of a year: only approved anonymised records, read through lib/anonymised-cases. The
 * year and the filters are in the URL; the default year is the latest with brister.
 */
export default async function WorkingGroupPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const user = await requirePagePermission("anonymised:read", { from: "/arbetsgrupp" });
  const db = await getDb();
  const perYear = await countAnonymisedByYear(db, user);
  const year = parseYear(params.ar) ?? perYear[0]?.year;
  const all = year ? await listReviewCases(db, user, { year }) : [];
  const options = reviewFilterOptions(all);
  const filters = withKnownOptions(parseReviewFilters(params), options);
  const items = all.filter((item) => matchesReviewFilters(item, filters));
  const isFiltered = hasActiveFilters(filters);

  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Arbetsgruppen</h1>
      <p className="mb-6 max-w-2xl">
        Arbetsgruppen går en gång om året igenom avidentifierade brister och analyserar de bakomliggande
        orsakerna. Här visas bara den version som samordnarna har avidentifierat och en andra samordnare har
        godkänt, aldrig rapportörens egen text.
      </p>
      <YearNav rows={perYear} year={year} />
      {!year ? (
        <p className="rounded border border-slate-400 p-3">Det finns inga avidentifierade brister ännu.</p>
      ) : (
        <>
          <section aria-labelledby="granskning-rubrik" className="mb-8">
            <h2 id="granskning-rubrik" className="mb-3 text-2xl font-bold">
              Granskningen {year}
            </h2>
            <ReviewProgressBar progress={reviewProgress(all)} year={year} />
            <ul className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-x-6">
              {all.length > 0 ? (
                <li>
                  <Link
                    href={meetingHref(year, filters, 1)}
                    className="font-semibold text-brand-900 underline"
                  >
                    Granska i mötesläge{isFiltered ? " (med filtren nedan)" : ""}
                  </Link>
                </li>
              ) : null}
              <li>
                <Link href={`/arbetsgrupp/statistik?ar=${year}`} className="text-brand-900 underline">
                  Statistik {year}
                </Link>
              </li>
              <li>
                <Link href={`/arbetsgrupp/arsrapport/${year}`} className="text-brand-900 underline">
                  Årsrapporten {year}
                </Link>
              </li>
            </ul>
          </section>
          {all.length > 0 ? <ReviewFiltersForm year={year} filters={filters} options={options} /> : null}
          <AnonymisedCaseList
            items={items}
            filters={filters}
            heading={`Avidentifierade brister ${year}`}
            summary={
              isFiltered
                ? `Visar ${items.length} av ${all.length} brister.`
                : `${all.length} ${all.length === 1 ? "brist" : "brister"}.`
            }
            emptyText={
              all.length === 0
                ? `Det finns inga avidentifierade brister för ${year}.`
                : "Inga brister matchar filtren. Ändra eller rensa filtren."
            }
          />
        </>
      )}
    </>
  );
}
