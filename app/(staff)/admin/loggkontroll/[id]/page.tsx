import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { ReviewCompletedNotice } from "@/components/admin/review-completed-notice";
import { AuditReviewCompleteForm } from "@/components/admin/audit-review-complete-form";
import { AuditTable } from "@/components/admin/audit-table";
import { stockholmDate, stockholmDateTime, stockholmLastDay } from "@/lib/dates";
import { getAuditReview } from "@/lib/audit/get-audit-review";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { completeAuditReviewAction } from "../actions";

export const metadata: Metadata = { title: "Loggkontroll" };

export default async function AuditReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const admin = await requirePagePermission("audit:read", { from: `/admin/loggkontroll/${id}` });
  const found = await getAuditReview(await getDb(), admin, id);
  if (!found) notFound();
  const { review, events, flagged } = found;
  const period = `${stockholmDate(review.periodFrom)} – ${stockholmLastDay(review.periodTo)}`;
  return (
    <>
      <AdminBreadcrumbs trail={[{ href: "/admin/loggkontroll", label: "Loggkontroll" }, { label: period }]} />
      <h1 className="mb-4 text-3xl font-bold">Loggkontroll {period}</h1>
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Påbörjad</dt>
        <dd>
          {stockholmDateTime(review.createdAt).slice(0, 16)} av {review.reviewer.name}
        </dd>
        <dt className="font-semibold">Stickprov</dt>
        <dd>{events.length} slumpvis valda åtkomsthändelser</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{review.completedAt ? `Klar ${stockholmDateTime(review.completedAt).slice(0, 16)}` : "Pågår"}</dd>
      </dl>

      <AuditTable rows={events} caption="Händelser i stickprovet, äldst först" />

      <section aria-labelledby="markerat-rubrik" className="mt-10">
        <h2 id="markerat-rubrik" className="mb-3 text-2xl font-semibold">
          Markerat för granskning
        </h2>
        <p className="mb-4 max-w-3xl">
          Utöver stickprovet: behörighetsändringar som gjordes utan en andra administratör, och ärenden som
          lästes av en samordnare eller administratör inom 7 dagar efter att kontot skapades, fick ny roll,
          nytt lösenord eller återställd tvåstegsverifiering.
        </p>
        {flagged.unapproved.length === 0 && flagged.freshReads.length === 0 ? (
          <p>Inget markerat under perioden.</p>
        ) : (
          <>
            {flagged.unapproved.length > 0 ? (
              <AuditTable
                rows={flagged.unapproved}
                caption="Behörighetsändringar utan en andra administratör"
              />
            ) : null}
            {flagged.freshReads.length > 0 ? (
              <div className="mt-6">
                <AuditTable
                  rows={flagged.freshReads}
                  caption="Läsningar av ärenden inom 7 dagar efter att kontot skapades eller återställdes"
                />
              </div>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="slutsats-rubrik" className="mt-10">
        <h2 id="slutsats-rubrik" className="mb-3 text-2xl font-semibold">
          Slutsats
        </h2>
        {review.completedAt ? (
          <>
            <ReviewCompletedNotice completedAt={review.completedAt.toISOString()} />
            <p className="whitespace-pre-wrap rounded border border-slate-400 p-4">{review.conclusion}</p>
          </>
        ) : (
          <>
            <p className="mb-4">
              Gå igenom händelserna ovan. Ta vid behov upp oklara läsningar med användaren eller dennes chef
              innan du avslutar. En avslutad kontroll kan inte ändras.
            </p>
            <AuditReviewCompleteForm reviewId={review.id} action={completeAuditReviewAction} />
          </>
        )}
      </section>
    </>
  );
}
