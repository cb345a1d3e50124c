"use client";

import { FormShell } from "@/components/ui/form-shell";
import { TextArea } from "@/components/ui/text-area";
import { useActionForm } from "@/components/ui/use-action-form";
import { usePostedForm } from "@/components/ui/use-posted-form";
import { IdentifierWarning } from "@/components/wizard/identifier-warning";
import type { FormAction, PostedFormAction } from "@/lib/actions/action-result";
import { ZReporterReply } from "@/lib/cases/schemas";

/**
 * "Svara samordnarna": the text survives a reload until it is sent; the thread above shows it once sent. Without
 * JavaScript the form posts to `formAction` and the page comes back with the reply in the thread.
 */
export function ReplyForm({
  reference,
  action,
  formAction,
}: {
  reference: string;
  action: FormAction;
  formAction: PostedFormAction;
}) {
  const posted = usePostedForm<{ body: string }>(formAction, { body: "" });
  const { form, fieldId, ...state } = useActionForm({
    schema: ZReporterReply,
    defaultValues: posted.defaultValues,
    initialErrors: posted.initialErrors,
    action,
    idPrefix: "svar",
    persist: { key: `svar:${reference}`, fields: ["body"] },
    resetOnSuccess: true,
  });
  return (
    <section aria-labelledby="svara-rubrik" className="mt-8">
      <h2 id="svara-rubrik" className="mb-3 text-xl font-semibold">
        Svara samordnarna
      </h2>
      <FormShell
        {...state}
        status={state.status || posted.postedStatus}
        formMessage={state.formMessage ?? posted.postedMessage}
        formAction={posted.formAction}
        id="svar"
        className="max-w-2xl"
        submitLabel="Skicka svar"
        pendingLabel="Skickar …"
      >
        <TextArea
          id={fieldId("body")}
          label="Ditt svar"
          hint="Skriv inte namn, personnummer eller annat som kan identifiera den enskilde."
          required
          rows={5}
          error={form.formState.errors.body?.message}
          after={<IdentifierWarning text={form.watch("body") ?? ""} />}
          defaultValue={posted.defaultValueOf("body") as string}
          {...form.register("body")}
        />
      </FormShell>
    </section>
  );
}
