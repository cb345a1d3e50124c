"use client";

import { useState } from "react";
import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { CopyButton } from "@/components/wizard/copy-button";
import type { FormAction } from "@/lib/actions/action-result";
import { ZPartnerLinkRequest } from "@/lib/reports/schemas";

interface PartnerLinkSent {
  link: string;
  /** "sent" by SMTP, or kept in the outbox when mail is not configured. */
  delivery: string;
}

export function PartnerLinkForm({ action }: { action: FormAction<PartnerLinkSent> }) {
  const [sent, setSent] = useState<PartnerLinkSent | null>(null);
  const { form, fieldId, ...state } = useActionForm({
    schema: ZPartnerLinkRequest,
    defaultValues: { email: "" },
    action,
    idPrefix: "partner",
    onSuccess: setSent,
  });
  return (
    <div>
      <FormShell
        {...state}
        className="max-w-xl"
        submitLabel="Skapa länk till samverkansparten"
        pendingLabel="Skapa länk till samverkansparten"
      >
        <TextField
          id={fieldId("email")}
          label="Samverkanspartens e-postadress"
          type="email"
          required
          hint="Använd en jobbadress, gärna en funktionsbrevlåda."
          error={form.formState.errors.email?.message}
          {...form.register("email")}
        />
      </FormShell>
      <div aria-live="polite">
        {sent ? (
          <div className="mt-4 rounded border-2 border-green-800 bg-green-50 p-4">
            <p className="font-semibold">
              {sent.delivery === "sent"
                ? "Länken är skickad med e-post."
                : "Länken är skapad. E-post är inte konfigurerad, så kopiera länken och skicka den själv."}
            </p>
            <p className="mt-2 break-all font-mono text-sm" data-testid="partner-link">
              {sent.link}
            </p>
            <div className="mt-2">
              <CopyButton text={sent.link} label="Kopiera länken till samverkansparten" />
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
