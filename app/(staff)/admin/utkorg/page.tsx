import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { Pagination } from "@/components/admin/pagination";
import { stockholmDateTime } from "@/lib/dates";
import { listOutbox } from "@/lib/mail/list-outbox";
import { ZOutboxPage } from "@/lib/mail/schemas";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Utkorg" };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ sida?: string }> }) {
  const { sida } = ZOutboxPage.parse(await searchParams);
  const admin = await requirePagePermission("admin:manage", { from: `/admin/utkorg?sida=${sida}` });
  const outbox = await listOutbox(await getDb(), admin, { page: sida });
  return (
    <>
      <AdminBreadcrumbs trail={[{ label: "Utkorg" }]} />
      <h1 className="mb-4 text-3xl font-bold">Utkorg</h1>
      <p className="mb-2">
        {env.SMTP_URL
          ? "E-post är konfigurerad: meddelandena här har skickats och sparas som kvitto."
          : "E-post är inte konfigurerad (SMTP_URL saknas), så meddelandena skickas inte utan sparas här. Vidarebefordra dem för hand vid behov."}
      </p>
      <p className="mb-6">
        Meddelandena innehåller bara länkar och referensnummer, aldrig rapporttext. Mottagarna visas maskerade
        (utom samordnarnas funktionsbrevlådor), så att utkorgen inte visar vem som rapporterat vad. Varje gång
        du öppnar utkorgen loggas det.
      </p>
      {outbox.total === 0 ? (
        <p>Utkorgen är tom.</p>
      ) : (
        <>
          <ul className="space-y-4" aria-label={`Meddelanden, sida ${outbox.page} av ${outbox.pageCount}`}>
            {outbox.mails.map((mail) => (
              <li key={mail.id} className="rounded border border-slate-400 p-4">
                <h2 className="text-lg font-semibold">{mail.subject}</h2>
                <dl className="my-2 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
                  <dt className="font-semibold">Till</dt>
                  <dd className="break-all">{mail.to}</dd>
                  <dt className="font-semibold">Skapat</dt>
                  <dd>{stockholmDateTime(mail.createdAt)}</dd>
                  <dt className="font-semibold">Status</dt>
                  <dd>{mail.sentAt ? `Skickat ${stockholmDateTime(mail.sentAt)}` : "Inte skickat"}</dd>
                </dl>
                <details>
                  <summary className="cursor-pointer text-brand-900 underline">Visa meddelandet</summary>
                  <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-slate-100 p-3 font-sans text-sm">
                    {mail.body}
                  </pre>
                </details>
              </li>
            ))}
          </ul>
          <p className="mt-4 text-sm">
            {outbox.total} meddelanden, varav {outbox.unsent} inte skickade.
          </p>
          <Pagination
            page={outbox.page}
            pageCount={outbox.pageCount}
            hrefFor={(n) => `/admin/utkorg?sida=${n}`}
            label="Sidor i utkorgen"
          />
        </>
      )}
    </>
  );
}
