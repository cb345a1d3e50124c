"use client";

import { useRef, type BaseSyntheticEvent } from "react";
import { SectionWorkbench } from "@/components/redaction/section-workbench";
import { StructuredFields } from "@/components/redaction/structured-fields";
import { useWorkbenchSections } from "@/components/redaction/use-workbench-sections";
import { Button } from "@/components/ui/button";
import { FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZSaveRedaction } from "@/lib/anonymised-cases/schemas";
import type { RedactionWorkbench as TRedactionWorkbench } from "@/lib/anonymised-cases/workbench-types";

/** The fields the form itself holds; the texts and findings live in the sections' own state. */
const ZWorkbenchFields = ZSaveRedaction.pick({
  reportId: true,
  ageGroupWithheld: true,
  organisationWithheld: true,
});

const APPROVE = "godkann";

/**
 * The redaction workbench: every text that can reach the arbetsgrupp with the detector's findings, the
 * structured fields that can be withheld, and saving (and, with four eyes off, approving in the same step).
 */
export function RedactionWorkbench({
  workbench,
  action,
}: {
  workbench: TRedactionWorkbench;
  action: FormAction;
}) {
  const sections = useWorkbenchSections(workbench.sections, workbench.record?.version ?? "");
  const approve = useRef(false);
  const { form, ...state } = useActionForm({
    schema: ZWorkbenchFields,
    defaultValues: {
      reportId: workbench.reportId,
      ageGroupWithheld: workbench.structured.ageGroupWithheld,
      organisationWithheld: workbench.structured.organisationWithheld,
    },
    action: (values) => action({ ...(values as object), ...sections.payload(), approve: approve.current }),
    idPrefix: "avidentifiera",
  });
  // Which button sent the form: "Spara och godkänn" carries its value as the submitter.
  const onSubmit = (event?: BaseSyntheticEvent) => {
    const submitter = (event?.nativeEvent as SubmitEvent | undefined)?.submitter as HTMLButtonElement | null;
    approve.current = submitter?.value === APPROVE;
    return state.onSubmit(event);
  };
  const canApproveHere = !workbench.fourEyes.required;
  return (
    <FormShell
      id="avidentifiera"
      title="Avidentifiera"
      intro={
        <>
          <p className="mb-2">
            Här bestämmer du vad arbetsgruppen får läsa. Varje fynd ersätts med en platshållare som [namn],
            eller behålls om det inte pekar ut någon. Markera också det som sökningen inte hittar, till
            exempel små orter, ovanliga händelser eller namn på boenden: markera texten och tryck på ”Markera
            markerad text”.
          </p>
          <p>
            {canApproveHere
              ? "Fyra ögon är avstängt: du kan godkänna avidentifieringen själv när du sparar."
              : "Med fyra ögon godkänns avidentifieringen av en annan samordnare när du har sparat den."}
          </p>
        </>
      }
      submitLabel="Spara avidentifieringen"
      secondary={
        canApproveHere ? (
          <Button type="submit" variant="secondary" value={APPROVE} disabled={state.isPending}>
            Spara och godkänn
          </Button>
        ) : null
      }
      {...state}
      onSubmit={onSubmit}
    >
      {workbench.sections.map((section, index) => (
        <SectionWorkbench
          key={section.key}
          section={section}
          value={sections.values[section.key]!}
          idBase={`avidentifiera-${index}`}
          onEdit={(edit) => sections.edit(section.key, edit)}
          onInclude={(isIncluded) => sections.include(section.key, isIncluded)}
        />
      ))}
      <StructuredFields
        idBase="avidentifiera"
        structured={workbench.structured}
        ageGroup={form.register("ageGroupWithheld")}
        organisation={form.register("organisationWithheld")}
      />
    </FormShell>
  );
}
