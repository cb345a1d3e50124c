import Link from "next/link";
import type { TCaseReport } from "@/components/case/types";
import { formatDate } from "@/lib/dates";
import { OVERDUE_LABELS, type OverdueReason } from "@/lib/cases/overdue";
import { STATUS_LABELS } from "@/lib/cases/status-transitions";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="font-semibold">{children}</dd>
    </div>
  );
}

/** What the case is, at a glance: reference, status, diarienummer, handläggare, age and overdue marks. */
export function CaseHeader({
  report,
  overdue,
  ageDays,
}: {
  report: TCaseReport;
  overdue: OverdueReason[];
  ageDays: number;
}) {
  const missing = <span className="font-normal text-slate-700">Saknas</span>;
  return (
    <div className="mb-6 border-b-2 border-brand-700 pb-4">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">
          Brist <span className="whitespace-nowrap">{report.reference}</span>
        </h1>
        <Link href={`/inkorg/${report.id}/utskrift`} className="no-print text-brand-900 underline">
          Utskriftsversion<span className="sr-only"> av brist {report.reference}</span>
        </Link>
      </div>
      <dl className="flex flex-wrap gap-x-8 gap-y-3">
        <Fact label="Status">
          <span className="rounded bg-brand-700 px-2 py-0.5 text-white">{STATUS_LABELS[report.status]}</span>
        </Fact>
        <Fact label="Diarienummer">{report.diarienummer ?? missing}</Fact>
        <Fact label="Handläggare">{report.assignee?.name ?? missing}</Fact>
        <Fact label="Inkom">
          {formatDate(report.submittedAt)}{" "}
          <span className="font-normal">({ageDays === 1 ? "1 dag" : `${ageDays} dagar`} sedan)</span>
        </Fact>
      </dl>
      {overdue.length ? (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="Försenat">
          {overdue.map((reason) => (
            <li
              key={reason}
              className="rounded border-2 border-red-700 px-2 py-0.5 text-sm font-semibold text-red-800"
            >
              <span aria-hidden="true">⚠ </span>
              {OVERDUE_LABELS[reason]}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
