import Link from "next/link";
import { inboxHref } from "@/components/inbox/inbox-url";
import type { TCaseFilters } from "@/lib/cases/schemas";

/**
 * Page links that keep every filter; the current page is marked for screen readers too. With `more`, pageCount
 * is only the pages known to exist (a search that stopped counting): there is no last page to link to, and an
 * ellipsis after the nearby pages says that more follow.
 */
export function Pagination({
  filters,
  pageCount,
  more = false,
}: {
  filters: TCaseFilters;
  pageCount: number;
  more?: boolean;
}) {
  if (pageCount <= 1) return null;
  const current = Math.min(filters.sida, pageCount);
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1).filter(
    (page) => page === 1 || (page === pageCount && !more) || Math.abs(page - current) <= 2,
  );
  const link = "inline-block rounded border-2 border-brand-700 px-3 py-1 text-brand-900 underline";
  return (
    <nav aria-label="Sidor" className="no-print mb-6">
      <ul className="flex flex-wrap items-center gap-2">
        {current > 1 ? (
          <li>
            <Link href={inboxHref(filters, { sida: current - 1 })} className={link}>
              Föregående<span className="sr-only"> sida</span>
            </Link>
          </li>
        ) : null}
        {pages.map((page, index) => (
          <li key={page} className="flex items-center gap-2">
            {index > 0 && page - pages[index - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {page === current ? (
              <span
                aria-current="page"
                className="inline-block rounded border-2 border-brand-900 bg-brand-900 px-3 py-1 font-bold text-white"
              >
                <span className="sr-only">Sida </span>
                {page}
              </span>
            ) : (
              <Link href={inboxHref(filters, { sida: page })} className={link}>
                <span className="sr-only">Sida </span>
                {page}
              </Link>
            )}
          </li>
        ))}
        {more ? <li aria-hidden="true">…</li> : null}
        {current < pageCount ? (
          <li>
            <Link href={inboxHref(filters, { sida: current + 1 })} className={link}>
              Nästa<span className="sr-only"> sida</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
