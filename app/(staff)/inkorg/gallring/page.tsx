import type { Metadata } from "next";
import Link from "next/link";
import { StackedTable } from "@/components/ui/stacked-table";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { STATUS_LABELS } from "@/lib/cases/status-transitions";
import { formatDate } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { listUpcomingErasures } from "@/lib/retention/list-upcoming-erasures";

export const metadata: Metadata = { title: "Gallring av ärenden" };

const cases = (count: number) => `${count} ${count === 1 ? "ärende" : "ärenden"}`;

export default async function UpcomingErasuresPage() {
  const user = await requirePagePermission("case:read", { from: "/inkorg/gallring" });
  const list = await listUpcomingErasures(await getDb(), user);
  return (
    <>
      <p className="mb-4">
        <Link href="/inkorg" className="text-brand-900 underline">
          Tillbaka till inkorgen
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">Gallring av ärenden</h1>
      <p className="mb-8">
        Originaltexten, meddelandena, de interna anteckningarna och rapportörens kontaktuppgifter raderas{" "}
        {list.years} år efter att ärendet avslutades. Den avidentifierade versionen och loggen finns kvar.
        Måste ett ärende sparas längre, till exempel för en tillsyn eller ett rättsligt förfarande, öppnar du
        ärendet och anger ett rättsligt skäl att spara det under Bevarandeprövning.
      </p>

      <section aria-labelledby="kommande-rubrik" className="mb-10">
        <h2 id="kommande-rubrik" className="mb-3 text-2xl font-semibold">
          Gallras inom {list.days} dagar
        </h2>
        {list.upcoming.length === 0 ? (
          <p>Inga ärenden gallras de närmaste {list.days} dagarna.</p>
        ) : (
          <>
            <p className="mb-3">{cases(list.upcoming.length)}.</p>
            <StackedTable
              labelledBy="kommande-rubrik"
              caption={`Ärenden som gallras inom ${list.days} dagar, det som gallras först överst`}
              rows={list.upcoming}
              rowKey={(report) => report.id}
              columns={[
                {
                  header: "Referens",
                  cell: (report) => <CaseLink id={report.id} reference={report.reference} />,
                },
                { header: "Avslutat", cell: (report) => formatDate(report.closedAt) },
                {
                  header: "Gallras",
                  cell: (report) => (report.isDue ? "Vid nästa körning" : formatDate(report.erasureDate)),
                },
              ]}
            />
          </>
        )}
      </section>

      <section aria-labelledby="sparas-rubrik">
        <h2 id="sparas-rubrik" className="mb-3 text-2xl font-semibold">
          Sparas av rättsligt skäl
        </h2>
        <p className="mb-3">
          Ärendena gallras inte så länge skälet gäller. Pröva med jämna mellanrum om skälet fortfarande
          gäller, och häv det i ärendet när det inte gör det.
        </p>
        {list.held.length === 0 ? (
          <p>Inga ärenden sparas av rättsligt skäl.</p>
        ) : (
          <StackedTable
            labelledBy="sparas-rubrik"
            caption="Ärenden som sparas av rättsligt skäl, äldst först"
            rows={list.held}
            rowKey={(report) => report.id}
            columns={[
              {
                header: "Referens",
                cell: (report) => <CaseLink id={report.id} reference={report.reference} />,
              },
              { header: "Status", cell: (report) => STATUS_LABELS[report.status] },
              { header: "Skäl", cell: (report) => report.reason, className: "break-words" },
              { header: "Sedan", cell: (report) => formatDate(report.heldSince) },
              {
                header: "Gallringstiden",
                cell: (report) =>
                  report.isRetentionOver
                    ? "Har passerat"
                    : report.closedAt
                      ? "Har inte passerat"
                      : "Ärendet är inte avslutat",
              },
            ]}
          />
        )}
      </section>
    </>
  );
}

/** A case's reference, linking to its retention section. */
function CaseLink({ id, reference }: { id: string; reference: string }) {
  return (
    <Link href={`/inkorg/${id}#bevarande-rubrik`} className="whitespace-nowrap text-brand-900 underline">
      {reference}
    </Link>
  );
}
