"use client";

import type { CaseStatus } from "@/generated/prisma/enums";
import { changeCaseStatusAction } from "@/app/(staff)/inkorg/[id]/actions";
import { CaseFormShell } from "@/components/case/case-form-shell";
import { useCaseForm } from "@/components/case/use-case-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextArea } from "@/components/ui/text-area";
import { ZChangeStatusFields, type TChangeStatusFields } from "@/lib/cases/schemas";
import { allowedTransitions, requiresReason, STATUS_LABELS } from "@/lib/cases/status-transitions";

interface StatusFormProps {
  reportId: string;
  status: CaseStatus;
  hasDiarienummer: boolean;
}

/** Only the transitions the state machine allows are offered; the server checks them again. */
export function StatusForm({ reportId, status, hasDiarienummer }: StatusFormProps) {
  // The shared schema plus the rule that needs the current status: a reason when rejecting or reopening.
  const schema = ZChangeStatusFields.superRefine((value, ctx) => {
    if (requiresReason(status, value.to) && !value.reason.trim()) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Ange ett skäl för ändringen." });
    }
  });
  const empty = { reportId, reason: "", message: "" };
  const { form, idFor, ...state } = useCaseForm<TChangeStatusFields>({
    schema,
    defaultValues: empty,
    // The status shown on this page goes along, so a change someone else made meanwhile is refused, not overwritten.
    // A message typed for a rejection stays behind if another status is chosen.
    action: (values) =>
      changeCaseStatusAction({
        ...values,
        from: status,
        message: values.to === "AVVISAD" ? values.message : "",
      }),
    idPrefix: "status",
    onSaved: (f) => f.reset(empty),
    persist: { key: `status:${reportId}`, fields: ["reason", "message"] },
    caseState: `${status}:${hasDiarienummer}`,
    // A choice made for the old status may not be offered any more.
    onCaseStateChange: (f) => f.resetField("to"),
  });
  const options = allowedTransitions(status).map((to) => ({ value: to, label: STATUS_LABELS[to] }));
  const chosen = form.watch("to");
  const needsReason = !!chosen && requiresReason(status, chosen);
  const e = form.formState.errors;
  return (
    <CaseFormShell
      id="status"
      title="Ändra status"
      intro={`Nuvarande status: ${STATUS_LABELS[status]}.`}
      submitLabel="Ändra status"
      {...state}
    >
      <ChoiceGroup
        id={idFor("to")}
        legend="Ny status"
        type="radio"
        options={options}
        hint={
          !hasDiarienummer && options.some((o) => o.value === "REGISTRERAD")
            ? "Ett ärende registreras genom att du sparar diarienumret."
            : undefined
        }
        error={e.to?.message}
        inputProps={form.register("to")}
      />
      <TextArea
        id={idFor("reason")}
        label="Skäl"
        rows={3}
        required={needsReason}
        hint="Krävs när ett ärende avvisas eller öppnas igen. Syns bara för samordnarna."
        error={e.reason?.message}
        {...form.register("reason")}
      />
      {chosen === "AVVISAD" ? (
        <TextArea
          id={idFor("message")}
          label="Meddelande till rapportören"
          rows={4}
          hint="Förklara gärna för rapportören varför. Rapportören läser det med sin uppföljningskod och kan svara. Får rapportören e-post innehåller den bara en länk, aldrig texten."
          error={e.message?.message}
          {...form.register("message")}
        />
      ) : null}
    </CaseFormShell>
  );
}
