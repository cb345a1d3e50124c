import Link from "next/link";

interface PaginationProps {
  page: number;
  pageCount: number;
  /** The page's URL for a page number, keeping the other search parameters. */
  hrefFor: (page: number) => string;
  label: string;
}

/** Previous/next and a few page numbers around the current one. */
export function Pagination({ page, pageCount, hrefFor, label }: PaginationProps) {
  if (pageCount <= 1) return null;
  const numbers = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  return (
    <nav aria-label={label} className="my-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} className="text-brand-900 underline">
              Föregående sida
            </Link>
          </li>
        ) : null}
        {numbers.map((n, index) => (
          <li key={n} className="flex items-center gap-2">
            {index > 0 && n - numbers[index - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {n === page ? (
              <span aria-current="page" className="rounded border-2 border-brand-700 px-2 font-semibold">
                <span className="sr-only">Sida </span>
                {n}
              </span>
            ) : (
              <Link href={hrefFor(n)} className="px-2 text-brand-900 underline">
                <span className="sr-only">Sida </span>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link href={hrefFor(page + 1)} className="text-brand-900 underline">
              Nästa sida
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
