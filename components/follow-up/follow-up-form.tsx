"use client";

import { useRouter } from "next/navigation";
import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZFollowUpCode } from "@/lib/reports/schemas";

/** The follow-up code opens the case page; the code itself goes into an httpOnly cookie, never the address. */
export function FollowUpForm({ action }: { action: FormAction }) {
  const router = useRouter();
  const { form, fieldId, ...state } = useActionForm({
    schema: ZFollowUpCode,
    defaultValues: { code: "" },
    action,
    onSuccess: () => router.push("/uppfoljning/arende"),
  });
  return (
    <FormShell {...state} className="max-w-xl" submitLabel="Visa status" pendingLabel="Söker …">
      <TextField
        id={fieldId("code")}
        label="Uppföljningskod"
        required
        autoComplete="off"
        spellCheck={false}
        error={form.formState.errors.code?.message}
        {...form.register("code")}
      />
    </FormShell>
  );
}
