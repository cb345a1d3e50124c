import type { Metadata } from "next";
import Link from "next/link";
import { CaseHandling } from "@/components/case/case-handling";
import { CaseHeader } from "@/components/case/case-header";
import { CaseOverview } from "@/components/case/case-overview";
import { CaseTimeline } from "@/components/case/case-timeline";
import { DelEttDetails } from "@/components/case/del-ett-details";
import { DelTvaDetails } from "@/components/case/del-tva-details";
import { LegalHoldPanel } from "@/components/case/legal-hold-panel";
import { NextStepPanel } from "@/components/case/next-step-panel";
import { RedactionSummary } from "@/components/case/redaction-summary";
import { CaseRedaction } from "@/components/redaction/case-redaction";
import { getRedactionWorkbench } from "@/lib/anonymised-cases/get-redaction-workbench";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { caseAgeDays } from "@/lib/cases/case-actions";
import { suggestNextStep } from "@/lib/cases/suggest-next-step";
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
  { href: "#tidslinje-rubrik", label: "Tidslinje" },
  { href: "#hantera-rubrik", label: "Handläggning" },
  { href: "#bevarande-rubrik", label: "Bevarandeprövning" },
  { href: "#avidentifiering-rubrik", label: "Avidentifiering" },
];

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("case:read", { from: `/inkorg/${id}`, reportId: id });
  const { report, formOptions, timeline, overdue } = await loadCase(user, id);
  const db = await getDb();
  const { caseRetentionYears } = await getRetentionSettings(db);
  const workbench = await getRedactionWorkbench(db, user, report);
  const nextStep = suggestNextStep({
    status: report.status,
    hasCategories: report.categories.length > 0,
    hasCoordinatorMessage: report.messages.some((m) => !m.fromReporter),
    redaction: workbench.record?.state ?? "NONE",
  });
  return (
    <>
      <p className="no-print mb-4">
        <Link href="/inkorg" className="text-brand-900 underline">
          Tillbaka till inkorgen
        </Link>
      </p>
      <CaseHeader report={report} overdue={overdue} ageDays={caseAgeDays(report.submittedAt, new Date())} />
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
      {report.erasedAt ? null : <NextStepPanel step={nextStep} />}
      {/* Two columns on a wide screen: what the case is on the left, the work on it on the right. */}
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(0,28rem)] lg:gap-8 xl:grid-cols-[minmax(0,1fr)_minmax(0,32rem)]">
        <div className="min-w-0">
          <CaseOverview report={report} overdue={overdue} besideHeader />
          <DelEttDetails report={report} />
          <DelTvaDetails report={report} />
          <CaseTimeline items={timeline} />
        </div>
        <div className="min-w-0">
          <CaseHandling
            report={report}
            options={formOptions}
            actions={CASE_ACTIONS}
            nextStep={nextStep?.target ?? null}
          />
          <RedactionSummary workbench={workbench} />
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
        </div>
      </div>
      {/* The workbench shows text and findings side by side: it gets the page's full width. */}
      <CaseRedaction
        workbench={workbench}
        actions={{ save: saveRedactionAction, approve: approveRedactionAction }}
      />
    </>
  );
}
