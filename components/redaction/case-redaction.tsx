import { RedactionApproval } from "@/components/redaction/redaction-approval";
import { RedactionWorkbench } from "@/components/redaction/redaction-workbench";
import type { FormAction } from "@/lib/actions/action-result";
import type { RedactionWorkbench as TRedactionWorkbench } from "@/lib/anonymised-cases/workbench-types";

export interface RedactionActions {
  save: FormAction;
  approve: FormAction;
}

/** The case page's anonymisation: the workbench that writes the arbetsgrupp's version, and its approval. */
export function CaseRedaction({
  workbench,
  actions,
}: {
  workbench: TRedactionWorkbench;
  actions: RedactionActions;
}) {
  return (
    <section aria-labelledby="avidentifiering-rubrik" className="no-print mb-8">
      <h2 id="avidentifiering-rubrik" className="mb-4 text-2xl font-bold">
        Arbetsyta för avidentifiering
      </h2>
      {workbench.unavailable ? (
        <p>{workbench.unavailable}</p>
      ) : (
        <>
          <RedactionWorkbench workbench={workbench} action={actions.save} />
          {workbench.record ? (
            <RedactionApproval
              reportId={workbench.reportId}
              record={workbench.record}
              action={actions.approve}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
