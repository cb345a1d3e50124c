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

/** The coordinator's forms for one case, in the order the work usually goes. */
export function CaseHandling({
  report,
  options,
  actions,
}: {
  report: TCaseReport;
  options: Options;
  actions: CaseActions;
}) {
  return (
    <section aria-labelledby="hantera-rubrik" className="no-print mb-8">
      <h2 id="hantera-rubrik" className="mb-4 text-2xl font-bold">
        Handläggning
      </h2>
      <RegisterForm
        reportId={report.id}
        diarienummer={report.diarienummer}
        isIncoming={report.status === "INKOMMEN"}
        action={actions.register}
      />
      <StatusForm
        reportId={report.id}
        status={report.status}
        hasDiarienummer={!!report.diarienummer}
        action={actions.changeStatus}
      />
      <AssignForm
        reportId={report.id}
        assigneeId={report.assigneeId}
        coordinators={options.coordinators}
        action={actions.assign}
      />
      <ClassifyForm
        reportId={report.id}
        year={report.year}
        categoryIds={report.categories.map((c) => c.categoryId)}
        areaIds={report.areas.map((a) => a.areaId)}
        categories={options.categories}
        areas={options.areas}
        action={actions.classify}
      />
      <MessageForm reportId={report.id} action={actions.sendMessage} />
      <NoteForm reportId={report.id} action={actions.addNote} />
      <EscalationForm reportId={report.id} action={actions.escalate} />
    </section>
  );
}
