import { DetailRow } from "@/components/case/detail-row";
import { formatDate } from "@/lib/dates";
import type { TCaseReport } from "@/components/case/types";
import { ESCALATION_LABELS } from "@/lib/cases/case-timeline";
import { OVERDUE_LABELS, type OverdueReason } from "@/lib/cases/overdue";
import { STATUS_LABELS } from "@/lib/cases/status-transitions";

/**
 * The case's handling state at a glance: status, registry number, assignee, categories, escalations. On the case
 * page the case header already shows the first of these (`besideHeader`), so only the rest is repeated here.
 */
export function CaseOverview({
  report,
  overdue,
  besideHeader = false,
}: {
  report: TCaseReport;
  overdue: OverdueReason[];
  besideHeader?: boolean;
}) {
  return (
    <section
      aria-labelledby="lage-rubrik"
      className="print-avoid-break mb-8 rounded border-2 border-brand-700 bg-brand-50 p-4"
    >
      <h2 id="lage-rubrik" className="mb-3 text-xl font-bold">
        Ärendets läge
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {besideHeader ? null : (
          <>
            <DetailRow
              label="Referens"
              value={<span className="whitespace-nowrap">{report.reference}</span>}
            />
            <DetailRow label="Inkom" value={formatDate(report.submittedAt)} />
            <DetailRow label="Status" value={<strong>{STATUS_LABELS[report.status]}</strong>} />
            {report.statusReason ? <DetailRow label="Skäl för status" value={report.statusReason} /> : null}
            {overdue.length ? (
              <DetailRow
                label="Försenat"
                value={overdue.map((reason) => OVERDUE_LABELS[reason]).join(", ")}
              />
            ) : null}
            <DetailRow label="Diarienummer" value={report.diarienummer} />
            <DetailRow label="Handläggare" value={report.assignee?.name} />
          </>
        )}
        {besideHeader && report.statusReason ? (
          <DetailRow label="Skäl för status" value={report.statusReason} />
        ) : null}
        <DetailRow label="Kategorier" value={report.categories.map((c) => `${c.category.name}`).join(", ")} />
        <DetailRow
          label="Lyft vidare"
          value={
            report.escalations.length ? (
              <ul className="list-disc pl-5">
                {report.escalations.map((e) => (
                  <li key={e.id}>
                    Till {ESCALATION_LABELS[e.level]} {formatDate(e.raisedOn)}
                    {e.outcome ? `. Utfall: ${e.outcome}` : ""}
                  </li>
                ))}
              </ul>
            ) : (
              "Nej"
            )
          }
        />
      </dl>
    </section>
  );
}
