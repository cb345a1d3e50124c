"use client";

import { useRouter } from "next/navigation";
import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { usePostedForm } from "@/components/ui/use-posted-form";
import type { FormAction, PostedFormAction } from "@/lib/actions/action-result";
import type * as z from "zod";
import { ZFollowUpCode } from "@/lib/reports/schemas";

/**
 * The follow-up code opens the case page; the code itself goes into an httpOnly cookie, never the address. Without
 * JavaScript the form posts to `formAction`, which does the same and sends the browser on.
 */
export function FollowUpForm({ action, formAction }: { action: FormAction; formAction: PostedFormAction }) {
  const router = useRouter();
  const posted = usePostedForm<z.input<typeof ZFollowUpCode>>(formAction, { code: "" });
  const { form, fieldId, ...state } = useActionForm({
    schema: ZFollowUpCode,
    defaultValues: posted.defaultValues,
    initialErrors: posted.initialErrors,
    action,
    onSuccess: () => router.push("/uppfoljning/arende"),
  });
  return (
    <FormShell
      {...state}
      formMessage={state.formMessage ?? posted.postedMessage}
      formAction={posted.formAction}
      className="max-w-xl"
      submitLabel="Visa status"
      pendingLabel="Söker …"
    >
      <TextField
        id={fieldId("code")}
        label="Uppföljningskod"
        required
        autoComplete="off"
        spellCheck={false}
        error={form.formState.errors.code?.message}
        defaultValue={posted.defaultValueOf("code") as string}
        {...form.register("code")}
      />
    </FormShell>
  );
}
