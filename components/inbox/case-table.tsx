import Link from "next/link";
import { OverdueBadge } from "@/components/inbox/overdue-badge";
import { stockholmDate } from "@/lib/dates";
import type { listCases } from "@/lib/cases/list-cases";
import { SEEN_STATE_LABELS } from "@/lib/cases/seen-state";
import { STATUS_LABELS } from "@/lib/cases/status-transitions";

export type InboxCase = Awaited<ReturnType<typeof listCases>>["cases"][number];

const cell = "border-b border-slate-300 px-2 py-2 align-top";
const headCell = "border-b-2 border-slate-600 px-2 py-2 text-left align-bottom font-semibold";
const none = <span className="text-slate-700">–</span>;

function list(items: string[]) {
  return items.length ? items.join(", ") : none;
}

/** "Ny" (never opened by you) or "Ändrad" (since you last opened it). */
export function SeenBadge({ state }: { state: InboxCase["seenState"] }) {
  if (!state) return null;
  return (
    <span className="mt-1 block w-fit whitespace-nowrap rounded bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">
      {SEEN_STATE_LABELS[state]}
      <span className="sr-only">
        {state === "NY" ? ": du har inte öppnat den" : " sedan du senast öppnade den"}
      </span>
    </span>
  );
}

/** The inbox's page of brister, with a marker for new or changed since you last looked and one for overdue. */
export function CaseTable({ cases, caption }: { cases: InboxCase[]; caption: string }) {
  return (
    // On narrow screens the table scrolls inside this region, which must be positioned at every width: the
    // sr-only texts are absolutely positioned and would otherwise widen the page instead. The staff frame is
    // wide enough for all eight columns at 1280 px, so the table stays in its column with its caption.
    <div
      role="region"
      aria-labelledby="brister-tabell"
      tabIndex={0}
      className="relative mb-6 overflow-x-auto"
    >
      {/* Not a <caption>: that is as wide as the table and would be cut off on a phone; this wraps in view. */}
      <p id="brister-tabell" className="sticky left-0 mb-2 text-base font-semibold">
        {caption}
      </p>
      <table aria-labelledby="brister-tabell" className="w-full min-w-[52rem] border-collapse text-sm">
        <thead>
          <tr>
            <th scope="col" className={headCell}>
              Referens
            </th>
            <th scope="col" className={headCell}>
              Inkom
            </th>
            <th scope="col" className={headCell}>
              Rapporterande organisation
            </th>
            <th scope="col" className={headCell}>
              Samverkanspart(er)
            </th>
            <th scope="col" className={headCell}>
              Områden
            </th>
            <th scope="col" className={headCell}>
              Status
            </th>
            <th scope="col" className={headCell}>
              Kategorier
            </th>
            <th scope="col" className={headCell}>
              Handläggare
            </th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id} className={c.seenState ? "bg-brand-50" : undefined}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                <Link
                  href={`/inkorg/${c.id}`}
                  className="whitespace-nowrap font-semibold text-brand-900 underline"
                >
                  {c.reference}
                </Link>
                <SeenBadge state={c.seenState} />
              </th>
              <td className={`${cell} whitespace-nowrap`}>
                <time dateTime={stockholmDate(c.submittedAt)}>{stockholmDate(c.submittedAt)}</time>
              </td>
              <td className={cell}>{c.organisation}</td>
              <td className={cell}>{list(c.partners)}</td>
              <td className={cell}>{list(c.areas)}</td>
              <td className={cell}>
                {STATUS_LABELS[c.status]}
                {c.overdue.map((reason) => (
                  <OverdueBadge key={reason} reason={reason} as="span" className="mt-1 block w-fit" />
                ))}
              </td>
              <td className={cell}>{list(c.categories)}</td>
              <td className={cell}>{c.assignee ?? <span className="text-slate-700">Ingen</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
