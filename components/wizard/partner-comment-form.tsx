"use client";

import { useState } from "react";
import { FormShell } from "@/components/ui/form-shell";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { IdentifierFindings, confirmationFor } from "@/components/wizard/identifier-findings";
import type { FormAction } from "@/lib/actions/action-result";
import { ZPartnerComment } from "@/lib/reports/schemas";

/** The samverkanspart's one comment; sending it spends the link. */
export function PartnerCommentForm({ action }: { action: FormAction }) {
  const [isDone, setIsDone] = useState(false);
  const { form, fieldId, ...state } = useActionForm({
    schema: ZPartnerComment,
    defaultValues: { organisation: "", role: "", comment: "", identifierConfirmations: {} },
    action,
    onSuccess: () => setIsDone(true),
  });
  const e = form.formState.errors;
  if (isDone) {
    return (
      <p role="status" className="rounded border-2 border-green-800 bg-green-50 p-4 font-semibold">
        {state.status}
      </p>
    );
  }
  return (
    <div className="mt-8 max-w-2xl">
      <h2 className="mb-4 text-xl font-semibold">Din kommentar</h2>
      <FormShell {...state} submitLabel="Skicka kommentar" pendingLabel="Skicka kommentar">
        <TextField
          id={fieldId("organisation")}
          label="Din organisation"
          required
          error={e.organisation?.message}
          {...form.register("organisation")}
        />
        <TextField
          id={fieldId("role")}
          label="Din roll"
          required
          error={e.role?.message}
          {...form.register("role")}
        />
        <TextArea
          id={fieldId("comment")}
          label="Kommentar inför dialogen"
          required
          rows={5}
          error={e.comment?.message}
          after={
            <IdentifierFindings
              text={form.watch("comment")}
              fieldLabel="Kommentar inför dialogen"
              confirmation={confirmationFor(
                form,
                "identifierConfirmations.comment",
                fieldId("identifierConfirmations.comment"),
              )}
            />
          }
          {...form.register("comment")}
        />
      </FormShell>
    </div>
  );
}
