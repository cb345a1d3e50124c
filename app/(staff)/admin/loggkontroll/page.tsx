import type { Metadata } from "next";
import Link from "next/link";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { AuditReviewStartForm } from "@/components/admin/audit-review-start-form";
import { ACCESS_EVENT_ACTIONS, SECURITY_EVENT_ACTIONS } from "@/lib/audit/access-events";
import { auditEventLabel } from "@/lib/audit/events";
import { stockholmDate, stockholmLastDay } from "@/lib/dates";
import { listAuditReviews } from "@/lib/audit/list-audit-reviews";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { startAuditReviewAction } from "./actions";

export const metadata: Metadata = { title: "Loggkontroll" };

const DAY_MS = 86_400_000;

export default async function AuditReviewsPage() {
  const admin = await requirePagePermission("audit:read", { from: "/admin/loggkontroll" });
  const reviews = await listAuditReviews(await getDb(), admin);
  const now = new Date();
  return (
    <>
      <AdminBreadcrumbs trail={[{ label: "Loggkontroll" }]} />
      <h1 className="mb-4 text-3xl font-bold">Loggkontroll</h1>
      <p className="mb-2">
        Granska regelbundet ett slumpat urval av åtkomsthändelser: var läsningen befogad, av rätt person, i
        ett ärende hen arbetar med? Dokumentera slutsatsen så att kontrollen kan visas i efterhand.
      </p>
      <p className="mb-8 text-sm text-slate-700">
        Personalens åtkomst: {ACCESS_EVENT_ACTIONS.map(auditEventLabel).join(", ").toLowerCase()}.
        Säkerhetshändelser: {SECURITY_EVENT_ACTIONS.map(auditEventLabel).join(", ").toLowerCase()}.
      </p>

      <section aria-labelledby="kontroll-rubrik" className="mb-12">
        <h2 id="kontroll-rubrik" className="mb-3 text-2xl font-semibold">
          Starta en ny kontroll
        </h2>
        <AuditReviewStartForm
          from={stockholmDate(new Date(now.getTime() - 30 * DAY_MS))}
          to={stockholmDate(now)}
          action={startAuditReviewAction}
        />
      </section>

      <section aria-labelledby="tidigare-rubrik">
        <h2 id="tidigare-rubrik" className="mb-3 text-2xl font-semibold">
          Tidigare kontroller
        </h2>
        {reviews.length === 0 ? (
          <p>Ingen loggkontroll är gjord än.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Tidigare loggkontroller, nyast först</caption>
              <thead>
                <tr className="border-b-2 border-slate-600">
                  <th scope="col" className="p-2">
                    Period
                  </th>
                  <th scope="col" className="p-2">
                    Påbörjad
                  </th>
                  <th scope="col" className="p-2">
                    Av
                  </th>
                  <th scope="col" className="p-2">
                    Händelser
                  </th>
                  <th scope="col" className="p-2">
                    Status
                  </th>
                </tr>
              </thead>
              <tbody>
                {reviews.map((review) => (
                  <tr key={review.id} className="border-b border-slate-300">
                    <th scope="row" className="p-2 text-left font-normal">
                      <Link href={`/admin/loggkontroll/${review.id}`} className="text-brand-900 underline">
                        {stockholmDate(review.periodFrom)} – {stockholmLastDay(review.periodTo)}
                      </Link>
                    </th>
                    <td className="p-2">{stockholmDate(review.createdAt)}</td>
                    <td className="p-2">{review.reviewer}</td>
                    <td className="p-2">{review.sampled}</td>
                    <td className="p-2">
                      {review.completedAt ? (
                        `Klar ${stockholmDate(review.completedAt)}`
                      ) : (
                        <strong>Pågår</strong>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
