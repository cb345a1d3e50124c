import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnonymisedCaseDetails } from "@/components/arbetsgrupp/anonymised-case-details";
import { ReviewedBadge } from "@/components/arbetsgrupp/anonymised-case-list";
import { CaseReviewForm } from "@/components/arbetsgrupp/case-review-form";
import { CommentFlags } from "@/components/arbetsgrupp/comment-flags";
import { getAnonymisedCase } from "@/lib/anonymised-cases/get-anonymised-case";
import { listReviewCases } from "@/lib/anonymised-cases/list-anonymised-cases";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { formatDateTime } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { findingsIn } from "@/lib/reports/identifier-findings";
import {
  matchesReviewFilters,
  meetingHref,
  parseReviewFilters,
  reviewCaseHref,
  reviewListHref,
  type SearchParams,
} from "@/lib/reviews/filters";
import { getCaseReview } from "@/lib/reviews/get-case-review";
import { saveCaseReviewAction } from "./actions";

export const metadata: Metadata = { title: "Avidentifierad brist" };

/**
 * One approved anonymised brist (every read audited) and the arbetsgrupp's analysis of it. The list's filters, and
 * the position when opened from the meeting mode, ride along in the URL so that the way back keeps the view.
 */
export default async function AnonymisedCasePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const user = await requirePagePermission("anonymised:read", { from: `/arbetsgrupp/${id}` });
  const db = await getDb();
  const [brist, review] = await Promise.all([
    getAnonymisedCase(db, user, id),
    getCaseReview(db, user, id),
  ]).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const filters = parseReviewFilters(query);
  const meetingPosition = Number(query.granskning) >= 1 ? Math.floor(Number(query.granskning)) : undefined;

  // The brister before and after this one in the same filtered list.
  const siblings = (await listReviewCases(db, user, { year: brist.year })).filter((item) =>
    matchesReviewFilters(item, filters),
  );
  const index = siblings.findIndex((item) => item.id === brist.id);
  const previous = index > 0 ? siblings[index - 1] : undefined;
  const next = index >= 0 ? siblings[index + 1] : undefined;

  return (
    <>
      <ul className="mb-4 flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-6">
        {meetingPosition ? (
          <li>
            <Link
              href={meetingHref(brist.year, filters, meetingPosition)}
              className="text-brand-900 underline"
            >
              Tillbaka till mötesläget
            </Link>
          </li>
        ) : null}
        <li>
          <Link href={reviewListHref(brist.year, filters)} className="text-brand-900 underline">
            Tillbaka till listan {brist.year}
          </Link>
        </li>
      </ul>
      <h1 className="mb-3 text-3xl font-bold">
        Avidentifierad brist <span className="whitespace-nowrap">{brist.reference}</span>
      </h1>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <ReviewedBadge reviewed={review.isReviewed} />
        <p>
          {review.isReviewed && review.reviewedAt
            ? `Senast sparad av ${review.reviewedBy} ${formatDateTime(review.reviewedAt)}.`
            : "Arbetsgruppen har inte sparat någon analys av bristen ännu."}
        </p>
        <a href="#analys-rubrik" className="text-brand-900 underline">
          Till arbetsgruppens analys
        </a>
      </div>
      <AnonymisedCaseDetails brist={brist} />
      <section aria-labelledby="analys-rubrik" className="mb-8 rounded border-2 border-slate-400 p-4">
        <h2 id="analys-rubrik" className="mb-3 text-2xl font-bold">
          Arbetsgruppens analys
        </h2>
        <CommentFlags flags={review.flags} />
        <CaseReviewForm
          key={review.reportId}
          reportId={review.reportId}
          year={review.year}
          version={review.version}
          isReviewed={review.isReviewed}
          categoryIds={review.categoryIds}
          comment={review.comment}
          commentConfirmedKinds={findingsIn(review.comment).confirmableKinds}
          isReportExample={review.isReportExample}
          isFocusCase={review.isFocusCase}
          categoryOptions={review.categoryOptions}
          action={saveCaseReviewAction}
        />
      </section>
      {previous || next ? (
        <nav aria-label="Bläddra bland bristerna" className="mb-4">
          <ul className="flex flex-wrap justify-between gap-4">
            <li>
              {previous ? (
                <Link
                  href={reviewCaseHref(previous.id, filters, meetingPosition ? index : undefined)}
                  className="text-brand-900 underline"
                >
                  <span aria-hidden="true">← </span>Föregående brist {previous.reference}
                </Link>
              ) : null}
            </li>
            <li>
              {next ? (
                <Link
                  href={reviewCaseHref(next.id, filters, meetingPosition ? index + 2 : undefined)}
                  className="text-brand-900 underline"
                >
                  Nästa brist {next.reference}
                  <span aria-hidden="true"> →</span>
                </Link>
              ) : null}
            </li>
          </ul>
        </nav>
      ) : null}
    </>
  );
}
