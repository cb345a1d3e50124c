import Link from "next/link";
import type { CaseStatus } from "@/generated/prisma/enums";
import { CASE_FLOW, STATUS_LABELS } from "@/lib/cases/status-transitions";

const ORDER: CaseStatus[] = [...CASE_FLOW, "AVVISAD"];

/**
 * How many brister are in each status, each a link to the inbox filtered on it alone. `current` marks the link
 * that shows exactly the present view: "alla" without filters, a status when it is the only filter.
 */
export function StatusCounts({
  counts,
  current,
}: {
  counts: Partial<Record<CaseStatus, number>>;
  current?: CaseStatus | "alla";
}) {
  const total = ORDER.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  const item = (href: string, label: string, count: number, isCurrent: boolean) => (
    <Link
      href={href}
      aria-current={isCurrent ? "page" : undefined}
      className={`inline-block rounded border-2 px-3 py-1 ${isCurrent ? "border-brand-900 bg-brand-900 text-white" : "border-brand-700 text-brand-900 underline"}`}
    >
      {label} <span className="font-bold">{count}</span>
    </Link>
  );
  return (
    <nav aria-labelledby="antal-rubrik" className="no-print mb-6">
      <h2 id="antal-rubrik" className="mb-2 text-xl font-semibold">
        Antal per status
      </h2>
      <ul className="flex flex-wrap gap-2">
        <li>{item("/inkorg", "Alla", total, current === "alla")}</li>
        {ORDER.map((status) => (
          <li key={status}>
            {item(`/inkorg?status=${status}`, STATUS_LABELS[status], counts[status] ?? 0, current === status)}
          </li>
        ))}
      </ul>
    </nav>
  );
}
