import { AssignForm } from "@/components/case/assign-form";
import { ClassifyForm } from "@/components/case/classify-form";
import { EscalationForm } from "@/components/case/escalation-form";
import { MessageForm } from "@/components/case/message-form";
import { NoteForm } from "@/components/case/note-form";
import { RegisterForm } from "@/components/case/register-form";
import { StatusForm } from "@/components/case/status-form";
import type { TCaseReport } from "@/components/case/types";
import type { FormAction } from "@/lib/actions/action-result";
import type { caseFormOptions } from "@/lib/cases/case-form-options";
import { caseActionsFor } from "@/lib/cases/case-actions";

type Options = Awaited<ReturnType<typeof caseFormOptions>>;

/** The server actions behind the forms, passed down from the case page. */
export interface CaseActions {
  register: FormAction;
  changeStatus: FormAction;
  assign: FormAction;
  classify: FormAction;
  sendMessage: FormAction;
  addNote: FormAction;
  escalate: FormAction;
}

/**
 * The coordinator's forms for one case, grouped and in the order the work usually goes; only those worth
 * offering in the case's status (`caseActionsFor`).
 */
export function CaseHandling({
  report,
  options,
  actions,
}: {
  report: TCaseReport;
  options: Options;
  actions: CaseActions;
}) {
  const offered = caseActionsFor(report.status, !!report.erasedAt);
  return (
    <>
      <section aria-labelledby="hantera-rubrik" className="no-print mb-8">
        <h2 id="hantera-rubrik" className="mb-4 text-2xl font-bold">
          Handläggning
        </h2>
        {offered.size === 0 ? <p className="mb-4">Ett gallrat ärende kan inte ändras.</p> : null}
        {offered.has("register") ? (
          <RegisterForm
            reportId={report.id}
            diarienummer={report.diarienummer}
            isIncoming={report.status === "INKOMMEN"}
            action={actions.register}
          />
        ) : null}
        {offered.has("changeStatus") ? (
          <StatusForm
            reportId={report.id}
            status={report.status}
            hasDiarienummer={!!report.diarienummer}
            action={actions.changeStatus}
          />
        ) : null}
        {offered.has("assign") ? (
          <AssignForm
            reportId={report.id}
            assigneeId={report.assigneeId}
            coordinators={options.coordinators}
            action={actions.assign}
          />
        ) : null}
        {offered.has("classify") ? (
          <ClassifyForm
            reportId={report.id}
            year={report.year}
            categoryIds={report.categories.map((c) => c.categoryId)}
            areaIds={report.areas.map((a) => a.areaId)}
            categories={options.categories}
            areas={options.areas}
            action={actions.classify}
          />
        ) : null}
        {offered.has("addNote") ? <NoteForm reportId={report.id} action={actions.addNote} /> : null}
        {offered.has("escalate") ? <EscalationForm reportId={report.id} action={actions.escalate} /> : null}
      </section>
      {offered.has("sendMessage") ? (
        <section aria-labelledby="aterkoppling-rubrik" className="no-print mb-8">
          <h2 id="aterkoppling-rubrik" className="mb-4 text-2xl font-bold">
            Återkoppling
          </h2>
          <MessageForm reportId={report.id} action={actions.sendMessage} />
        </section>
      ) : null}
    </>
  );
}
