import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/admin/action-button";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
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

// Below the sm breakpoint each run stands as a block of its own, every value with its column's name.
const TABLE = "w-full border-collapse text-left max-sm:block";
const ROW = "border-b border-slate-300 max-sm:block max-sm:py-2";
const CELL = "p-2 max-sm:block max-sm:px-0 max-sm:py-0.5";
const CELL_LABEL = "font-semibold sm:hidden";

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
          <div
            className="relative overflow-x-auto"
            role="region"
            aria-labelledby="korningar-rubrik"
            tabIndex={0}
          >
            <table className={TABLE}>
              <caption className="sr-only">De senaste gallringskörningarna, nyast först</caption>
              <thead className="max-sm:sr-only">
                <tr className="border-b-2 border-slate-600">
                  <th scope="col" className="p-2">
                    Tid
                  </th>
                  <th scope="col" className="p-2">
                    Körning
                  </th>
                  <th scope="col" className="p-2">
                    Gallrade ärenden
                  </th>
                  <th scope="col" className="p-2">
                    Sparade av rättsligt skäl
                  </th>
                  <th scope="col" className="p-2">
                    Raderat i övrigt
                  </th>
                </tr>
              </thead>
              <tbody className="max-sm:block">
                {overview.runs.map((run) => (
                  <tr key={run.id} className={ROW}>
                    <th
                      scope="row"
                      className={`${CELL} text-left font-normal whitespace-nowrap max-sm:font-semibold`}
                    >
                      {stockholmDateTime(run.at)}
                    </th>
                    <td className={CELL}>
                      {TRIGGER_LABELS[run.trigger]}
                      {run.trigger === "manual" ? ` av ${run.by}` : ""}
                      <span className="block text-sm text-slate-700">Gallringstid {run.years} år</span>
                    </td>
                    <td className={CELL}>
                      <span className={CELL_LABEL}>Gallrade ärenden: </span>
                      {run.erased}
                      {run.failed > 0 ? <strong> ({run.failed} misslyckades)</strong> : null}
                    </td>
                    <td className={CELL}>
                      <span className={CELL_LABEL}>Sparade av rättsligt skäl: </span>
                      {run.held}
                    </td>
                    <td className={CELL}>
                      <span className={CELL_LABEL}>Raderat i övrigt: </span>
                      {run.followUpCodes} uppföljningskoder, {run.drafts} utkast, {run.outboxMails} brev i
                      utkorgen
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
