"use client";

import { signIn } from "next-auth/react";
import { useEffect, useState } from "react";
import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { SECOND_FACTOR_NEEDED, SIGN_IN_WAIT, ZSignIn } from "@/lib/auth/schemas";
import { CODE_REFUSED, SIGN_IN_REFUSED, SIGN_IN_WAIT_MESSAGE } from "@/lib/auth/sign-in-messages";

type Step = "password" | "code";

/** next-auth signs in from the browser; wrapped so the form handles it like any other action. */
async function signInWith(values: unknown, step: Step): Promise<ActionResult<{ needsCode: boolean }>> {
  if (step === "code" && !(values as { code?: string }).code?.trim()) {
    return {
      ok: false,
      message: "Rätta felen i formuläret.",
      fieldErrors: { code: "Fyll i koden från appen." },
    };
  }
  const result = await signIn("credentials", { ...(values as object), redirect: false });
  if (result && !result.error) return { ok: true, message: "", data: { needsCode: false } };
  if (result?.error === SECOND_FACTOR_NEEDED) return { ok: true, message: "", data: { needsCode: true } };
  if (result?.error === SIGN_IN_WAIT) return { ok: false, message: SIGN_IN_WAIT_MESSAGE };
  return { ok: false, message: step === "code" ? CODE_REFUSED : SIGN_IN_REFUSED };
}

/**
 * E-mail and password, then, for an account with two-factor sign-in, a code from the app (or a recovery code).
 * The password stays in the form between the steps and is sent again with the code.
 *
 * Without JavaScript the form posts to next-auth itself (with the CSRF token the page read from its cookie), which
 * sends the browser back to /logga-in?error=… when it refuses; `askCode` is that page after a right password for an
 * account that needs a code, where all three fields are asked for together, as nothing was kept.
 */
export function SignInForm({
  callbackUrl,
  csrfToken,
  askCode = false,
}: {
  callbackUrl: string;
  csrfToken: string | null;
  askCode?: boolean;
}) {
  const [step, setStep] = useState<Step>(askCode ? "code" : "password");
  const { form, fieldId, ...state } = useActionForm({
    schema: ZSignIn,
    defaultValues: { email: "", password: "", code: "" },
    action: (values) => signInWith(values, step),
    onSuccess: (data) => {
      if (data.needsCode) setStep("code");
      else window.location.assign(callbackUrl);
    },
  });
  useEffect(() => {
    if (step === "code" && !askCode) form.setFocus("code");
  }, [step, askCode, form]);
  const e = form.formState.errors;
  const shell = {
    ...state,
    className: "max-w-md",
    submitLabel: "Logga in",
    pendingLabel: "Loggar in …",
    formAction: csrfToken ? "/api/auth/callback/credentials" : undefined,
    hiddenFields: csrfToken ? { csrfToken, callbackUrl } : undefined,
  };
  const credentials = (
    <>
      <TextField
        id={fieldId("email")}
        label="E-postadress"
        type="email"
        autoComplete="username"
        required
        error={e.email?.message}
        {...form.register("email")}
      />
      <TextField
        id={fieldId("password")}
        label="Lösenord"
        type="password"
        autoComplete="current-password"
        required
        error={e.password?.message}
        {...form.register("password")}
      />
    </>
  );
  if (step === "code") {
    return (
      <FormShell {...shell}>
        <h2 className="mb-2 text-2xl font-semibold">Kod från din app</h2>
        <p className="mb-4">
          {askCode ? "Ditt konto loggar in i två steg. Fyll i e-postadress och lösenord igen, och " : ""}
          {askCode ? "öppna" : "Öppna"} autentiseringsappen i din telefon och skriv den sexsiffriga koden för
          Brister i samverkan. Har du inte telefonen kan du skriva en av dina reservkoder.
        </p>
        {askCode ? credentials : null}
        <TextField
          id={fieldId("code")}
          label="Kod"
          hint="Sex siffror, eller en reservkod som ABCD-EFGH-JKLM-NPQR."
          autoComplete="one-time-code"
          inputMode="text"
          spellCheck={false}
          required
          className="max-w-xs"
          error={e.code?.message}
          {...form.register("code")}
        />
      </FormShell>
    );
  }
  return <FormShell {...shell}>{credentials}</FormShell>;
}
