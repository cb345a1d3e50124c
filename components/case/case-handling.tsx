import { AssignForm } from "@/components/case/assign-form";
import { ClassifyForm } from "@/components/case/classify-form";
import { EscalationForm } from "@/components/case/escalation-form";
import { FoldedForm } from "@/components/case/folded-form";
import { MessageForm } from "@/components/case/message-form";
import { NoteForm } from "@/components/case/note-form";
import { RegisterForm } from "@/components/case/register-form";
import { StatusForm } from "@/components/case/status-form";
import type { TCaseReport } from "@/components/case/types";
import type { FormAction } from "@/lib/actions/action-result";
import type { caseFormOptions } from "@/lib/cases/case-form-options";
import { caseActionsFor } from "@/lib/cases/case-actions";
import type { NextStepTarget } from "@/lib/cases/suggest-next-step";

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
 * offering in the case's status (`caseActionsFor`). The status form and återkoppling stay open; the others are
 * folded unless they do the suggested next step, so the column is not a wall of open forms.
 */
export function CaseHandling({
  report,
  options,
  actions,
  nextStep,
}: {
  report: TCaseReport;
  options: Options;
  actions: CaseActions;
  /** The form the "Nästa steg" panel links to, shown unfolded. */
  nextStep: NextStepTarget | null;
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
          <FoldedForm
            summary={report.diarienummer ? "Ändra diarienummer" : "Registrera diarienummer"}
            open={nextStep === "registrera"}
          >
            <RegisterForm
              reportId={report.id}
              diarienummer={report.diarienummer}
              isIncoming={report.status === "INKOMMEN"}
              action={actions.register}
            />
          </FoldedForm>
        ) : null}
        {offered.has("changeStatus") ? (
          <StatusForm
            reportId={report.id}
            status={report.status}
            hasDiarienummer={!!report.diarienummer}
            action={actions.changeStatus}
          />
        ) : null}
        {offered.has("classify") ? (
          <FoldedForm summary="Kategorier och områden" open={nextStep === "klassa"}>
            <ClassifyForm
              reportId={report.id}
              year={report.year}
              categoryIds={report.categories.map((c) => c.categoryId)}
              areaIds={report.areas.map((a) => a.areaId)}
              categories={options.categories}
              areas={options.areas}
              action={actions.classify}
            />
          </FoldedForm>
        ) : null}
        {offered.has("assign") ? (
          <FoldedForm summary="Byt handläggare">
            <AssignForm
              reportId={report.id}
              assigneeId={report.assigneeId}
              coordinators={options.coordinators}
              action={actions.assign}
            />
          </FoldedForm>
        ) : null}
        {offered.has("addNote") ? (
          <FoldedForm summary="Skriv en intern anteckning">
            <NoteForm reportId={report.id} action={actions.addNote} />
          </FoldedForm>
        ) : null}
        {offered.has("escalate") ? (
          <FoldedForm summary="Lyft vidare (eskalera)">
            <EscalationForm reportId={report.id} action={actions.escalate} />
          </FoldedForm>
        ) : null}
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
