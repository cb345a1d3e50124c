import Link from "next/link";
import type { ReviewCaseListItem } from "@/lib/anonymised-cases/list-anonymised-cases";
import { reviewCaseHref, type ReviewFilters } from "@/lib/reviews/filters";

/** "Granskad" or "Inte granskad" in words, the colour only repeating it. */
export function ReviewedBadge({
  reviewed,
  className = "text-sm",
}: {
  reviewed: boolean;
  className?: string;
}) {
  return reviewed ? (
    <span
      className={`inline-block rounded border-2 border-green-800 bg-green-50 px-2 font-semibold text-green-900 ${className}`}
    >
      <span aria-hidden="true">✓ </span>Granskad
    </span>
  ) : (
    <span
      className={`inline-block rounded border-2 border-slate-600 bg-white px-2 font-semibold text-slate-800 ${className}`}
    >
      Inte granskad
    </span>
  );
}

/**
 * One year's anonymised brister, one card each: the reference (a link to the brist and its analysis), whether the
 * arbetsgrupp has reviewed it, the month, the categories that count and the areas.
 */
export function AnonymisedCaseList({
  items,
  filters,
  heading,
  summary,
  emptyText,
}: {
  items: ReviewCaseListItem[];
  filters: ReviewFilters;
  heading: string;
  summary: string;
  emptyText: string;
}) {
  return (
    <section aria-labelledby="lista-rubrik">
      <h2 id="lista-rubrik" className="mb-1 text-2xl font-bold">
        {heading}
      </h2>
      <p className="mb-3 text-slate-800">{summary}</p>
      {items.length === 0 ? (
        <p className="rounded border border-slate-400 p-3">{emptyText}</p>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => (
            <li key={item.id} className="rounded border border-slate-400 p-3">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <Link
                  href={reviewCaseHref(item.id, filters)}
                  className="text-lg font-semibold text-brand-900 underline"
                >
                  <span className="whitespace-nowrap">{item.reference}</span>
                </Link>
                <ReviewedBadge reviewed={item.reviewed} />
                {item.isReportExample ? (
                  <span className="text-sm font-medium text-slate-800">Exempel i årsrapporten</span>
                ) : null}
                {item.isFocusCase ? (
                  <span className="text-sm font-medium text-slate-800">Årets fokusområde</span>
                ) : null}
              </div>
              <dl className="mt-2 grid gap-x-4 text-sm sm:grid-cols-[10rem_1fr]">
                <dt className="font-semibold">Händelsemånad</dt>
                <dd>{item.month ?? "Ej angiven"}</dd>
                <dt className="font-semibold">
                  {item.categoriesFrom === "ARBETSGRUPP" ? "Kategorier" : "Kategorier (samordnarnas)"}
                </dt>
                <dd>{item.categories.map((c) => c.name).join(", ") || "Inga ännu"}</dd>
                <dt className="font-semibold">Områden</dt>
                <dd>{item.areas.map((a) => a.name).join(", ") || "Inga"}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
