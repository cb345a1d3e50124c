"use client";

import { anonymiseCaseAction } from "@/app/(staff)/inkorg/[id]/actions";
import { CaseFormShell } from "@/components/case/case-form-shell";
import { useCaseForm } from "@/components/case/use-case-form";
import { TextArea } from "@/components/ui/text-area";
import { IdentifierWarning } from "@/components/wizard/identifier-warning";
import { ZAnonymiseCase, type TAnonymiseCase } from "@/lib/cases/schemas";

/**
 * The coordinator writes the version the arbetsgrupp will read. It starts from the reporter's text with
 * detected identifiers already masked; the coordinator removes what detection cannot see (rare events, small places).
 */
export function AnonymiseForm({ defaults, isSaved }: { defaults: TAnonymiseCase; isSaved: boolean }) {
  const { form, idFor, ...state } = useCaseForm({
    schema: ZAnonymiseCase,
    defaultValues: defaults,
    action: anonymiseCaseAction,
    idPrefix: "avidentifiera",
  });
  const e = form.formState.errors;
  const fields = [
    { name: "description", label: "Händelsen (avidentifierad)", rows: 6 },
    { name: "actionsTaken", label: "Vidtagna åtgärder (avidentifierade)", rows: 4 },
    { name: "measures", label: "Överenskomna åtgärder (avidentifierade)", rows: 4 },
  ] as const;
  return (
    <CaseFormShell
      id="avidentifiera"
      title="Avidentifiering"
      intro={
        isSaved
          ? "En avidentifierad version är sparad. Det är bara den arbetsgruppen får se. Du kan rätta den."
          : "Skriv den version arbetsgruppen får se. Uppenbara personuppgifter är redan ersatta; ta också bort sådant som kan peka ut personen, till exempel exakta datum för ovanliga händelser eller små orter."
      }
      submitLabel="Spara avidentifierad text"
      {...state}
    >
      {fields.map((field) => (
        <TextArea
          key={field.name}
          id={idFor(field.name)}
          label={field.label}
          required={field.name === "description"}
          rows={field.rows}
          error={e[field.name]?.message}
          after={<IdentifierWarning text={form.watch(field.name)} />}
          {...form.register(field.name)}
        />
      ))}
    </CaseFormShell>
  );
}
