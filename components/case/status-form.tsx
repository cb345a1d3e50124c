"use client";

import type { CaseStatus } from "@/generated/prisma/enums";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormShell } from "@/components/ui/form-shell";
import { TextArea } from "@/components/ui/text-area";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZChangeStatusFields, type TChangeStatusFields } from "@/lib/cases/schemas";
import { allowedTransitions, requiresReason, STATUS_LABELS } from "@/lib/cases/status-transitions";

interface StatusFormProps {
  reportId: string;
  status: CaseStatus;
  hasDiarienummer: boolean;
  action: FormAction;
}

/** Only the transitions the state machine allows are offered; the server checks them again. */
export function StatusForm({ reportId, status, hasDiarienummer, action }: StatusFormProps) {
  // The shared schema plus the rule that needs the current status: a reason when rejecting or reopening.
  const schema = ZChangeStatusFields.superRefine((value, ctx) => {
    if (requiresReason(status, value.to) && !value.reason.trim()) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Ange ett skäl för ändringen." });
    }
  });
  const { form, fieldId, ...state } = useActionForm({
    schema,
    defaultValues: { reportId, reason: "", message: "" },
    // The status shown on this page goes along, so a change someone else made meanwhile is refused, not overwritten.
    // A message typed for a rejection stays behind if another status is chosen.
    action: (values) => {
      const fields = values as TChangeStatusFields;
      return action({ ...fields, from: status, message: fields.to === "AVVISAD" ? fields.message : "" });
    },
    idPrefix: "status",
    resetOnSuccess: true,
    persist: { key: `status:${reportId}`, fields: ["reason", "message"] },
    recordState: `${status}:${hasDiarienummer}`,
    // A choice made for the old status may not be offered any more.
    onRecordStateChange: (f) => f.resetField("to"),
  });
  const options = allowedTransitions(status).map((to) => ({ value: to, label: STATUS_LABELS[to] }));
  const chosen = form.watch("to");
  const needsReason = !!chosen && requiresReason(status, chosen);
  const e = form.formState.errors;
  return (
    <FormShell
      id="status"
      title="Ändra status"
      intro={`Nuvarande status: ${STATUS_LABELS[status]}.`}
      submitLabel="Ändra status"
      {...state}
    >
      <ChoiceGroup
        id={fieldId("to")}
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
        id={fieldId("reason")}
        label="Skäl"
        rows={3}
        required={needsReason}
        hint="Krävs när ett ärende avvisas eller öppnas igen. Syns bara för samordnarna."
        error={e.reason?.message}
        {...form.register("reason")}
      />
      {chosen === "AVVISAD" ? (
        <TextArea
          id={fieldId("message")}
          label="Meddelande till rapportören"
          rows={4}
          hint="Förklara gärna för rapportören varför. Rapportören läser det med sin uppföljningskod och kan svara. Får rapportören e-post innehåller den bara en länk, aldrig texten."
          error={e.message?.message}
          {...form.register("message")}
        />
      ) : null}
    </FormShell>
  );
}
