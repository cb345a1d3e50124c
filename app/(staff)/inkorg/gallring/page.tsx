import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { STATUS_LABELS } from "@/lib/cases/status-transitions";
import { formatDate } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { listUpcomingErasures } from "@/lib/retention/list-upcoming-erasures";

export const metadata: Metadata = { title: "Gallring av ärenden" };

const cases = (count: number) => `${count} ${count === 1 ? "ärende" : "ärenden"}`;

// Below the sm breakpoint each case stands as a block of its own, every value with its column's name.
const TABLE = "w-full border-collapse text-left max-sm:block";
const ROW = "border-b border-slate-300 max-sm:block max-sm:py-2";
const CELL = "p-2 max-sm:block max-sm:px-0 max-sm:py-0.5";
const CELL_LABEL = "font-semibold sm:hidden";

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
            <div
              className="relative overflow-x-auto"
              role="region"
              aria-labelledby="kommande-rubrik"
              tabIndex={0}
            >
              <table className={TABLE}>
                <caption className="sr-only">
                  Ärenden som gallras inom {list.days} dagar, det som gallras först överst
                </caption>
                <thead className="max-sm:sr-only">
                  <tr className="border-b-2 border-slate-600">
                    <th scope="col" className="p-2">
                      Referens
                    </th>
                    <th scope="col" className="p-2">
                      Avslutat
                    </th>
                    <th scope="col" className="p-2">
                      Gallras
                    </th>
                  </tr>
                </thead>
                <tbody className="max-sm:block">
                  {list.upcoming.map((report) => (
                    <tr key={report.id} className={ROW}>
                      <th scope="row" className={`${CELL} text-left font-normal`}>
                        <Link
                          href={`/inkorg/${report.id}#bevarande-rubrik`}
                          className="whitespace-nowrap text-brand-900 underline"
                        >
                          {report.reference}
                        </Link>
                      </th>
                      <td className={CELL}>
                        <span className={CELL_LABEL}>Avslutat: </span>
                        {formatDate(report.closedAt)}
                      </td>
                      <td className={CELL}>
                        <span className={CELL_LABEL}>Gallras: </span>
                        {report.isDue ? "Vid nästa körning" : formatDate(report.erasureDate)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
          <div
            className="relative overflow-x-auto"
            role="region"
            aria-labelledby="sparas-rubrik"
            tabIndex={0}
          >
            <table className={TABLE}>
              <caption className="sr-only">Ärenden som sparas av rättsligt skäl, äldst först</caption>
              <thead className="max-sm:sr-only">
                <tr className="border-b-2 border-slate-600">
                  <th scope="col" className="p-2">
                    Referens
                  </th>
                  <th scope="col" className="p-2">
                    Status
                  </th>
                  <th scope="col" className="p-2">
                    Skäl
                  </th>
                  <th scope="col" className="p-2">
                    Sedan
                  </th>
                  <th scope="col" className="p-2">
                    Gallringstiden
                  </th>
                </tr>
              </thead>
              <tbody className="max-sm:block">
                {list.held.map((report) => (
                  <tr key={report.id} className={ROW}>
                    <th scope="row" className={`${CELL} text-left font-normal`}>
                      <Link
                        href={`/inkorg/${report.id}#bevarande-rubrik`}
                        className="whitespace-nowrap text-brand-900 underline"
                      >
                        {report.reference}
                      </Link>
                    </th>
                    <td className={CELL}>
                      <span className={CELL_LABEL}>Status: </span>
                      {STATUS_LABELS[report.status]}
                    </td>
                    <td className={`${CELL} break-words`}>
                      <span className={CELL_LABEL}>Skäl: </span>
                      {report.reason}
                    </td>
                    <td className={CELL}>
                      <span className={CELL_LABEL}>Sedan: </span>
                      {formatDate(report.heldSince)}
                    </td>
                    <td className={CELL}>
                      <span className={CELL_LABEL}>Gallringstiden: </span>
                      {report.isRetentionOver
                        ? "Har passerat"
                        : report.closedAt
                          ? "Har inte passerat"
                          : "Ärendet är inte avslutat"}
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
