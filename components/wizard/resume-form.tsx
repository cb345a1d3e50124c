"use client";

import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent } from "react";
import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZResumeCode } from "@/lib/reports/schemas";

/** Takes the code typed by hand, or from the link's "#kod=…" fragment, which never reaches the server's logs. */
export function ResumeForm({ action }: { action: FormAction<{ next: string }> }) {
  const router = useRouter();
  const { form, fieldId, ...state } = useActionForm({
    schema: ZResumeCode,
    defaultValues: { code: "" },
    action,
    onSuccess: (data) => router.push(data.next),
  });

  // Filling the field from the link is the whole point of the fragment; runs once on load.
  const resumeFromLink = useEffectEvent(() => {
    const match = /kod=([A-Za-z0-9-]+)/.exec(window.location.hash);
    if (!match?.[1]) return;
    history.replaceState(null, "", window.location.pathname);
    form.setValue("code", match[1]);
    void state.onSubmit();
  });
  useEffect(() => resumeFromLink(), []);

  return (
    <FormShell {...state} className="max-w-xl" submitLabel="Fortsätt" pendingLabel="Öppnar …">
      <TextField
        id={fieldId("code")}
        label="Din kod"
        required
        autoComplete="off"
        spellCheck={false}
        hint="Koden har 26 tecken, till exempel ABCDE-FGHJK-MNPQR-STVWX-YZ012-3."
        error={form.formState.errors.code?.message}
        {...form.register("code")}
      />
    </FormShell>
  );
}
