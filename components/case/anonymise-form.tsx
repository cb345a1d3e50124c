"use client";

import { FormShell } from "@/components/ui/form-shell";
import { TextArea } from "@/components/ui/text-area";
import { useActionForm } from "@/components/ui/use-action-form";
import { IdentifierWarning } from "@/components/wizard/identifier-warning";
import type { FormAction } from "@/lib/actions/action-result";
import { ZAnonymiseCase, type TAnonymiseCase } from "@/lib/cases/schemas";

interface AnonymiseFormProps {
  defaults: TAnonymiseCase;
  isSaved: boolean;
  action: FormAction;
}

/**
 * The coordinator writes the version the arbetsgrupp will read. It starts from the reporter's text with
 * detected identifiers already masked; the coordinator removes what detection cannot see (rare events, small places).
 */
export function AnonymiseForm({ defaults, isSaved, action }: AnonymiseFormProps) {
  const { form, fieldId, ...state } = useActionForm({
    schema: ZAnonymiseCase,
    defaultValues: defaults,
    action,
    idPrefix: "avidentifiera",
  });
  const e = form.formState.errors;
  const fields = [
    { name: "description", label: "Händelsen (avidentifierad)", rows: 6 },
    { name: "actionsTaken", label: "Vidtagna åtgärder (avidentifierade)", rows: 4 },
    { name: "measures", label: "Överenskomna åtgärder (avidentifierade)", rows: 4 },
  ] as const;
  return (
    <FormShell
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
          id={fieldId(field.name)}
          label={field.label}
          required={field.name === "description"}
          rows={field.rows}
          error={e[field.name]?.message}
          after={<IdentifierWarning text={form.watch(field.name)} />}
          {...form.register(field.name)}
        />
      ))}
    </FormShell>
  );
}
