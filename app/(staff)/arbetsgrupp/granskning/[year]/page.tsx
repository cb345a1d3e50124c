import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingKeys } from "@/components/arbetsgrupp/meeting-keys";
import { MeetingPager, MeetingView, type MeetingNav } from "@/components/arbetsgrupp/meeting-view";
import { getAnonymisedCase } from "@/lib/anonymised-cases/get-anonymised-case";
import { listReviewCases } from "@/lib/anonymised-cases/list-anonymised-cases";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import {
  hasActiveFilters,
  matchesReviewFilters,
  meetingHref,
  parsePosition,
  parseReviewFilters,
  parseYear,
  reviewCaseHref,
  reviewFilterOptions,
  reviewListHref,
  withKnownOptions,
  type SearchParams,
} from "@/lib/reviews/filters";

type Props = { params: Promise<{ year: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const year = parseYear((await params).year);
  const position = parsePosition((await searchParams).nr);
  return { title: year ? `Mötesläge ${year}, brist ${position}` : "Mötesläge" };
}

/**
 * The meeting mode for a projector: one brist of the year at a time in large type, previous and next by link (and
 * by ← →), the list's filters carried along, and a link to record the group's analysis. Each brist shown is an
 * audited read, as on its own page. The staff bar, header and footer are hidden (app/globals.css, .meeting-mode).
 */
export default async function MeetingPage({ params, searchParams }: Props) {
  const year = parseYear((await params).year);
  const query = await searchParams;
  const user = await requirePagePermission("anonymised:read", {
    from: `/arbetsgrupp/granskning/${year ?? ""}`,
  });
  if (!year) notFound();
  const db = await getDb();
  const all = await listReviewCases(db, user, { year });
  const filters = withKnownOptions(parseReviewFilters(query), reviewFilterOptions(all));
  const items = all.filter((item) => matchesReviewFilters(item, filters));
  const total = items.length;
  const position = Math.min(parsePosition(query.nr), Math.max(total, 1));
  const item = items[position - 1];
  const exit = reviewListHref(year, filters);

  const nav: MeetingNav = {
    position,
    total,
    previousHref: position > 1 ? meetingHref(year, filters, position - 1) : undefined,
    nextHref: position < total ? meetingHref(year, filters, position + 1) : undefined,
  };

  return (
    <div className="meeting-mode lg:px-4">
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-3 border-b-2 border-slate-400 pb-3">
        <p className="text-lg font-semibold lg:text-xl">
          Arbetsgruppens granskning {year}
          {hasActiveFilters(filters) ? (
            <span className="font-normal">
              {" "}
              (filtrerad: {total} av {all.length} brister)
            </span>
          ) : null}
        </p>
        <Link href={exit} className="text-lg text-brand-900 underline lg:text-xl">
          Avsluta mötesläget
        </Link>
      </div>
      {item ? (
        <>
          <MeetingPager nav={nav} label="Bläddra bland bristerna" />
          <div className="mt-8">
            <MeetingView
              brist={await getAnonymisedCase(db, user, item.id)}
              item={item}
              analysisHref={reviewCaseHref(item.id, filters, position)}
            />
          </div>
          <MeetingPager nav={nav} label="Bläddra bland bristerna, längst ner" />
          <p className="mt-6 text-slate-800">
            Tangenterna <kbd>←</kbd> och <kbd>→</kbd> byter också brist.
          </p>
          <MeetingKeys previousHref={nav.previousHref} nextHref={nav.nextHref} />
        </>
      ) : (
        <>
          <h1 className="mb-4 text-4xl font-bold">Mötesläge {year}</h1>
          <p className="mb-4 text-xl">
            {all.length === 0
              ? `Det finns inga avidentifierade brister för ${year}.`
              : "Inga brister matchar filtren."}
          </p>
          {all.length > 0 ? (
            <p className="text-xl">
              <Link href={meetingHref(year, {}, 1)} className="text-brand-900 underline">
                Granska alla {all.length} brister {year} i mötesläget
              </Link>
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
