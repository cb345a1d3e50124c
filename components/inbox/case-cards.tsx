import Link from "next/link";
import { SeenBadge, type InboxCase } from "@/components/inbox/case-table";
import { OverdueBadge } from "@/components/inbox/overdue-badge";
import { stockholmDate } from "@/lib/dates";
import { STATUS_LABELS } from "@/lib/cases/status-transitions";

function Row({ label, value }: { label: string; value: string | null }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-semibold">{label}:</dt>
      <dd>{value || <span className="text-slate-700">–</span>}</dd>
    </div>
  );
}

/** The inbox's page of brister on a phone: one card per brist instead of a table to scroll sideways. */
export function CaseCards({ cases, caption }: { cases: InboxCase[]; caption: string }) {
  return (
    <div className="mb-6">
      <h3 id="brister-kort" className="mb-2 text-base font-semibold">
        {caption}
      </h3>
      <ul aria-labelledby="brister-kort" className="space-y-3">
        {cases.map((c) => (
          <li
            key={c.id}
            className={`rounded border border-slate-400 p-3 text-sm ${c.seenState ? "bg-brand-50" : ""}`}
          >
            <p className="flex flex-wrap items-center gap-x-3">
              <Link
                href={`/inkorg/${c.id}`}
                className="whitespace-nowrap text-base font-semibold text-brand-900 underline"
              >
                {c.reference}
              </Link>
              <SeenBadge state={c.seenState} />
            </p>
            <dl className="mt-2 space-y-1">
              <Row label="Status" value={STATUS_LABELS[c.status]} />
              <Row label="Inkom" value={stockholmDate(c.submittedAt)} />
              <Row label="Organisation" value={c.organisation} />
              <Row label="Samverkanspart" value={c.partners.join(", ")} />
              <Row label="Kategorier" value={c.categories.join(", ")} />
              <Row label="Handläggare" value={c.assignee ?? "Ingen"} />
            </dl>
            {c.overdue.length ? (
              <ul className="mt-2 flex flex-wrap gap-2">
                {c.overdue.map((reason) => (
                  <OverdueBadge key={reason} reason={reason} as="li" />
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
