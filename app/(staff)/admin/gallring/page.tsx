import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/admin/action-button";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { StackedTable } from "@/components/ui/stacked-table";
import { can } from "@/lib/auth/roles";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { stockholmDateTime } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { getRetentionOverview } from "@/lib/retention/get-retention-overview";
import { runRetentionAction } from "./actions";

export const metadata: Metadata = { title: "Gallring" };

const TRIGGER_LABELS = {
  schedule: "Daglig körning",
  manual: "Kördes nu",
  script: "Från kommandoraden (npm run retention)",
} as const;

const cases = (count: number) => `${count} ${count === 1 ? "ärende" : "ärenden"}`;

export default async function RetentionPage() {
  const admin = await requirePagePermission("admin:manage", { from: "/admin/gallring" });
  const overview = await getRetentionOverview(await getDb(), admin);
  return (
    <>
      <AdminBreadcrumbs trail={[{ label: "Gallring" }]} />
      <h1 className="mb-4 text-3xl font-bold">Gallring</h1>
      <p className="mb-4">
        Originaltexten (händelsen, åtgärderna, samverkanspartens kommentar, dialogen, meddelanden och interna
        anteckningar) och rapportörens kontaktuppgifter raderas {overview.years} år efter att ärendet
        avslutades. Referensen, status, datum, kategorier, områden, den avidentifierade versionen och loggen
        finns kvar. Ett ärende som sparas av rättsligt skäl gallras inte förrän skälet hävs. Gallringen körs
        automatiskt en gång om dygnet.
      </p>
      <p className="mb-8">
        <Link href="/admin/installningar#gallring-rubrik" className="text-brand-900 underline">
          Ändra gallringstiden under Inställningar
        </Link>
      </p>

      <section aria-labelledby="lage-rubrik" className="mb-10">
        <h2 id="lage-rubrik" className="mb-3 text-2xl font-semibold">
          Läge
        </h2>
        <dl className="grid max-w-2xl gap-x-6 gap-y-2 sm:grid-cols-[20rem_1fr]">
          <dt className="font-semibold">Gallringstid</dt>
          <dd>{overview.years} år efter avslut</dd>
          <dt className="font-semibold">Gallras vid nästa körning</dt>
          <dd>{cases(overview.dueNow)}</dd>
          <dt className="font-semibold">Gallras inom {overview.days} dagar därefter</dt>
          <dd>{cases(overview.upcoming)}</dd>
          <dt className="font-semibold">Sparas av rättsligt skäl trots passerad tid</dt>
          <dd>{cases(overview.held)}</dd>
          <dt className="font-semibold">Gallrade hittills</dt>
          <dd>{cases(overview.erasedTotal)}</dd>
        </dl>
        <p className="mt-3 text-sm text-slate-700">
          Samordnarna ser vilka ärenden det gäller och kan spara ett ärende av rättsligt skäl.
        </p>
      </section>

      <section aria-labelledby="kor-rubrik" className="mb-10">
        <h2 id="kor-rubrik" className="mb-3 text-2xl font-semibold">
          Kör gallring nu
        </h2>
        <p className="mb-2">
          Gallrar det som har passerat gallringstiden direkt, i stället för vid nästa dagliga körning. Det som
          gallras kan inte återställas.
        </p>
        <ActionButton
          action={runRetentionAction}
          input={{}}
          label="Kör gallring nu"
          variant="primary"
          confirm={{
            question: `Gallra nu? ${cases(overview.dueNow)} gallras, och det går inte att ångra.`,
            confirmLabel: "Ja, gallra nu",
          }}
        />
      </section>

      <section aria-labelledby="korningar-rubrik" className="mb-10">
        <h2 id="korningar-rubrik" className="mb-3 text-2xl font-semibold">
          Senaste körningarna
        </h2>
        {overview.runs.length === 0 ? (
          <p>Gallringen har inte körts än.</p>
        ) : (
          <StackedTable
            labelledBy="korningar-rubrik"
            caption="De senaste gallringskörningarna, nyast först"
            rows={overview.runs}
            rowKey={(run) => run.id}
            columns={[
              {
                header: "Tid",
                cell: (run) => stockholmDateTime(run.at),
                className: "whitespace-nowrap max-sm:font-semibold",
              },
              {
                header: "Körning",
                labelled: false,
                cell: (run) => (
                  <>
                    {TRIGGER_LABELS[run.trigger]}
                    {run.trigger === "manual" ? ` av ${run.by}` : ""}
                    <span className="block text-sm text-slate-700">Gallringstid {run.years} år</span>
                  </>
                ),
              },
              {
                header: "Gallrade ärenden",
                cell: (run) => (
                  <>
                    {run.erased}
                    {run.failed > 0 ? <strong> ({run.failed} misslyckades)</strong> : null}
                  </>
                ),
              },
              { header: "Sparade av rättsligt skäl", cell: (run) => run.held },
              {
                header: "Raderat i övrigt",
                cell: (run) =>
                  `${run.followUpCodes} uppföljningskoder, ${run.drafts} utkast, ${run.outboxMails} brev i utkorgen`,
              },
            ]}
          />
        )}
      </section>

      {can(admin.role, "audit:read") ? (
        <section aria-labelledby="logg-rubrik">
          <h2 id="logg-rubrik" className="mb-3 text-2xl font-semibold">
            Gallringslogg
          </h2>
          <p className="mb-2">
            Varje gallrat ärende med referens, när det avslutades och när och av vem det gallrades. Exporten
            loggas.
          </p>
          <a href="/api/admin/gallring.csv" className="font-semibold text-brand-900 underline" download>
            Exportera gallringslogg (CSV)
          </a>
        </section>
      ) : null}
    </>
  );
}
