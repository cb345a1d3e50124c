import type { Metadata } from "next";
import Link from "next/link";
import { CaseHandling } from "@/components/case/case-handling";
import { CaseOverview } from "@/components/case/case-overview";
import { CaseTimeline } from "@/components/case/case-timeline";
import { DelEttDetails } from "@/components/case/del-ett-details";
import { DelTvaDetails } from "@/components/case/del-tva-details";
import { LegalHoldPanel } from "@/components/case/legal-hold-panel";
import { CaseRedaction } from "@/components/redaction/case-redaction";
import { getRedactionWorkbench } from "@/lib/anonymised-cases/get-redaction-workbench";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { erasureDate } from "@/lib/retention/retention-due";
import { getRetentionSettings } from "@/lib/settings/retention-settings";
import {
  addCaseNoteAction,
  approveRedactionAction,
  assignCaseAction,
  changeCaseStatusAction,
  classifyCaseAction,
  escalateCaseAction,
  liftLegalHoldAction,
  registerCaseAction,
  saveRedactionAction,
  sendCaseMessageAction,
  setLegalHoldAction,
} from "./actions";
import { loadCase } from "./load-case";

export const metadata: Metadata = { title: "Ärende" };

const CASE_ACTIONS = {
  register: registerCaseAction,
  changeStatus: changeCaseStatusAction,
  assign: assignCaseAction,
  classify: classifyCaseAction,
  sendMessage: sendCaseMessageAction,
  addNote: addCaseNoteAction,
  escalate: escalateCaseAction,
};

const SECTIONS = [
  { href: "#lage-rubrik", label: "Ärendets läge" },
  { href: "#del-ett-rubrik", label: "Del ett" },
  { href: "#del-tva-rubrik", label: "Del två" },
  { href: "#hantera-rubrik", label: "Handläggning" },
  { href: "#avidentifiering-rubrik", label: "Avidentifiering" },
  { href: "#bevarande-rubrik", label: "Bevarandeprövning" },
  { href: "#tidslinje-rubrik", label: "Tidslinje" },
];

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("case:read", { from: `/inkorg/${id}`, reportId: id });
  const { report, formOptions, timeline, overdue } = await loadCase(user, id);
  const { caseRetentionYears } = await getRetentionSettings(await getDb());
  return (
    <>
      <p className="no-print mb-4">
        <Link href="/inkorg" className="text-brand-900 underline">
          Tillbaka till inkorgen
        </Link>
      </p>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">
          Brist <span className="whitespace-nowrap">{report.reference}</span>
        </h1>
        <Link href={`/inkorg/${report.id}/utskrift`} className="no-print text-brand-900 underline">
          Utskriftsversion<span className="sr-only"> av brist {report.reference}</span>
        </Link>
      </div>
      <nav aria-label="På den här sidan" className="no-print mb-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {SECTIONS.map((section) => (
            <li key={section.href}>
              <a href={section.href} className="text-brand-900 underline">
                {section.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <CaseOverview report={report} overdue={overdue} />
      <DelEttDetails report={report} />
      <DelTvaDetails report={report} />
      <CaseHandling report={report} options={formOptions} actions={CASE_ACTIONS} />
      <CaseRedaction
        workbench={await getRedactionWorkbench(await getDb(), user, report)}
        actions={{ save: saveRedactionAction, approve: approveRedactionAction }}
      />
      <LegalHoldPanel
        reportId={report.id}
        retentionYears={caseRetentionYears}
        closedAt={report.closedAt}
        erasureDate={report.closedAt ? erasureDate(report.closedAt, caseRetentionYears) : null}
        erasedAt={report.erasedAt}
        hold={
          report.legalHoldAt
            ? {
                reason: report.legalHoldReason ?? "",
                since: report.legalHoldAt,
                by: formOptions.coordinators.find((c) => c.value === report.legalHoldById)?.label ?? null,
              }
            : null
        }
        actions={{ setLegalHold: setLegalHoldAction, liftLegalHold: liftLegalHoldAction }}
      />
      <CaseTimeline items={timeline} />
    </>
  );
}
