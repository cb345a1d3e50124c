"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createPartnerLinkAction } from "@/app/(public)/rapportera/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { CopyButton } from "@/components/wizard/copy-button";
import { ZPartnerLinkRequest } from "@/lib/reports/schemas";

type TPartnerLinkRequest = z.infer<typeof ZPartnerLinkRequest>;

export function PartnerLinkForm() {
  const form = useForm<TPartnerLinkRequest>({
    resolver: zodResolver(ZPartnerLinkRequest),
    defaultValues: { email: "" },
  });
  const [result, setResult] = useState<{ link: string; delivery: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setMessage(null);
      const response = await createPartnerLinkAction(values).catch(() => null);
      if (!response) return setMessage("Det gick inte att skapa länken. Försök igen.");
      if (!response.ok) {
        if (response.fieldErrors?.email) form.setError("email", { message: response.fieldErrors.email });
        else setMessage(response.message);
        return;
      }
      setResult({ link: response.link, delivery: response.delivery });
    }),
  );
  return (
    <div>
      <form noValidate onSubmit={onSubmit} className="max-w-xl">
        <TextField
          id="partner-email"
          label="Samverkanspartens e-postadress"
          type="email"
          required
          hint="Använd en jobbadress, gärna en funktionsbrevlåda."
          error={form.formState.errors.email?.message}
          {...form.register("email")}
        />
        <Button type="submit" variant="secondary" disabled={isPending}>
          Skapa länk till samverkansparten
        </Button>
      </form>
      <div aria-live="polite">
        {message ? <p className="mt-3 font-medium text-red-800">{message}</p> : null}
        {result ? (
          <div className="mt-4 rounded border-2 border-green-800 bg-green-50 p-4">
            <p className="font-semibold">
              {result.delivery === "sent"
                ? "Länken är skickad med e-post."
                : "Länken är skapad. E-post är inte konfigurerad, så kopiera länken och skicka den själv."}
            </p>
            <p className="mt-2 break-all font-mono text-sm" data-testid="partner-link">
              {result.link}
            </p>
            <div className="mt-2">
              <CopyButton text={result.link} label="Kopiera länken till samverkansparten" />
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
