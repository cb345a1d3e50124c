import type { Metadata } from "next";
import Link from "next/link";
import { CaseOverview } from "@/components/case/case-overview";
import { CaseTimeline } from "@/components/case/case-timeline";
import { DelEttDetails } from "@/components/case/del-ett-details";
import { DelTvaDetails } from "@/components/case/del-tva-details";
import { formatDateTime } from "@/lib/dates";
import { PrintButton } from "@/components/ui/print-button";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { loadCase } from "../load-case";

export const metadata: Metadata = { title: "Skriv ut ärende" };

/** The whole case on paper: the print is audited (CASE_PRINTED) like any other read. */
export default async function CasePrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("case:read", { from: `/inkorg/${id}/utskrift`, reportId: id });
  const { report, timeline, overdue } = await loadCase(user, id, { isPrint: true });
  return (
    <article>
      <p className="no-print mb-4">
        <Link href={`/inkorg/${report.id}`} className="text-brand-900 underline">
          Tillbaka till ärendet
        </Link>
      </p>
      <h1 className="mb-1 text-3xl font-bold">Brist i samverkan {report.reference}</h1>
      <p className="mb-6 text-sm text-slate-700">
        Utskriven {formatDateTime(new Date())} av {user.name}. Innehåller personuppgifter och interna
        anteckningar: förvara och gallra utskriften enligt era rutiner.
      </p>
      <div className="no-print mb-6">
        <PrintButton label="Skriv ut eller spara som PDF" />
      </div>
      <CaseOverview report={report} overdue={overdue} />
      <DelEttDetails report={report} />
      <DelTvaDetails report={report} />
      <CaseTimeline items={timeline} />
    </article>
  );
}
