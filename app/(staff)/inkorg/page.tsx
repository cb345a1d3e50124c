import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CaseCards } from "@/components/inbox/case-cards";
import { CaseTable } from "@/components/inbox/case-table";
import { FilterPanel } from "@/components/inbox/filter-panel";
import { InboxFilters } from "@/components/inbox/inbox-filters";
import { foundSentence, pageOfPages } from "@/components/inbox/inbox-summary";
import { activeFilterCount, hasActiveFilters, inboxHref } from "@/components/inbox/inbox-url";
import { Pagination } from "@/components/inbox/pagination";
import { StatusCounts } from "@/components/inbox/status-counts";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { inboxFilterOptions } from "@/lib/cases/inbox-filter-options";
import { listCases, PAGE_SIZE } from "@/lib/cases/list-cases";
import { ZCaseFilters } from "@/lib/cases/schemas";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Inkorg" };

const SORT_TEXT = {
  nyast: "nyast först",
  aldst: "äldst först",
  referens: "referensnummer",
  status: "status",
} as const;

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("case:read", { from: "/inkorg" });
  const raw = await searchParams;
  // A repeated parameter counts once; anything invalid falls back to "no filter" rather than an error page.
  const filters = ZCaseFilters.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const db = await getDb();
  const [result, options] = await Promise.all([listCases(db, user, filters), inboxFilterOptions(db)]);
  // A bookmarked page number past the end (cases closed since) shows the last page instead of nothing. (A search
  // that stopped counting has counted past the page asked for, so its page exists.)
  if (filters.sida > result.pageCount) redirect(inboxHref(filters, { sida: result.pageCount }));
  const isFiltered = hasActiveFilters(filters);
  const onlyStatus =
    filters.status &&
    Object.entries(filters).every(
      ([k, v]) => ["status", "sortering", "sida"].includes(k) || v === undefined || v === "",
    );
  const first = (filters.sida - 1) * PAGE_SIZE + 1;
  const last = first + result.cases.length - 1;
  const caption = `${isFiltered ? "Filtrerade brister" : "Alla brister"}, sorterade efter ${SORT_TEXT[filters.sortering]}${
    result.pageCount > 1
      ? `, ${pageOfPages(filters.sida, result.pageCount, result.total, result.totalCapped, PAGE_SIZE)}`
      : ""
  }`;
  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">Inkorg</h1>
        <Link href="/inkorg/gallring" className="text-brand-900 underline">
          Gallring: ärenden som gallras snart
        </Link>
      </div>
      <StatusCounts
        counts={result.countByStatus}
        current={!isFiltered ? "alla" : onlyStatus ? filters.status : undefined}
      />
      <FilterPanel activeCount={activeFilterCount(filters)}>
        <InboxFilters filters={filters} options={options} />
      </FilterPanel>
      <h2 className="mb-2 text-xl font-semibold">Brister</h2>
      <p className="mb-3">
        {foundSentence({ total: result.total, totalCapped: result.totalCapped, first, last, isFiltered })}{" "}
        {isFiltered ? (
          <Link href="/inkorg" className="text-brand-900 underline">
            Visa alla brister
          </Link>
        ) : null}
      </p>
      {/* A table from the md breakpoint up, cards below it: only one of the two is displayed (and read out). */}
      {result.cases.length > 0 ? (
        <>
          <div className="hidden md:block">
            <CaseTable cases={result.cases} caption={caption} />
          </div>
          <div className="md:hidden">
            <CaseCards cases={result.cases} caption={caption} />
          </div>
        </>
      ) : null}
      <Pagination filters={filters} pageCount={result.pageCount} more={result.totalCapped} />
    </>
  );
}
