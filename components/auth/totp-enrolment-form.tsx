"use client";

import { useEffect, useRef, useState } from "react";
import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { ZConfirmTotp } from "@/lib/two-factor/schemas";

interface TotpEnrolmentFormProps {
  action: (values: unknown) => Promise<ActionResult<{ recoveryCodes: string[] }>>;
  /** Where "Fortsätt" leads once the codes are noted. */
  continueTo: string;
}

/** The first code confirms the app; the ten recovery codes are shown here once and never again. */
export function TotpEnrolmentForm({ action, continueTo }: TotpEnrolmentFormProps) {
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { form, fieldId, ...state } = useActionForm({
    schema: ZConfirmTotp,
    defaultValues: { code: "" },
    action,
    onSuccess: (data) => setRecoveryCodes(data.recoveryCodes),
  });
  useEffect(() => {
    if (recoveryCodes) heading.current?.focus();
  }, [recoveryCodes]);

  if (recoveryCodes) {
    return (
      <section aria-labelledby="reservkoder-rubrik" className="max-w-2xl">
        <h2 id="reservkoder-rubrik" ref={heading} tabIndex={-1} className="mb-3 text-2xl font-semibold">
          Tvåstegsverifiering är aktiverad. Spara dina reservkoder
        </h2>
        <p className="mb-3">
          Om du tappar bort telefonen kan du logga in med en av koderna nedan i stället för koden från appen.
          Varje kod fungerar en gång. <strong>Koderna visas bara nu.</strong> Skriv ut dem eller spara dem i
          en lösenordshanterare, inte i samma telefon som appen.
        </p>
        <ol
          aria-label="Reservkoder"
          className="mb-6 grid max-w-md list-inside list-decimal grid-cols-1 gap-1 rounded border-2 border-slate-400 p-4 font-mono text-lg sm:grid-cols-2"
        >
          {recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <a
          href={continueTo}
          className="inline-flex items-center rounded border-2 border-brand-700 bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-900"
        >
          Jag har sparat koderna, fortsätt
        </a>
      </section>
    );
  }

  const e = form.formState.errors;
  return (
    <FormShell {...state} className="max-w-md" submitLabel="Aktivera" pendingLabel="Kontrollerar …">
      <TextField
        id={fieldId("code")}
        label="Kod från appen"
        hint="Sex siffror. Koden byts var 30:e sekund."
        autoComplete="one-time-code"
        inputMode="numeric"
        spellCheck={false}
        required
        className="max-w-xs"
        error={e.code?.message}
        {...form.register("code")}
      />
    </FormShell>
  );
}
