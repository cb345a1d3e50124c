"use client";

import { signIn } from "next-auth/react";
import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { ZSignIn } from "@/lib/auth/schemas";

const REFUSED = "Fel e-postadress eller lösenord, eller för många försök. Försök igen.";

/** next-auth signs in from the browser; wrapped so the form handles it like any other action. */
async function signInWithPassword(values: unknown): Promise<ActionResult> {
  const result = await signIn("credentials", { ...(values as object), redirect: false });
  return result && !result.error
    ? { ok: true, message: "", data: undefined }
    : { ok: false, message: REFUSED };
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const { form, fieldId, ...state } = useActionForm({
    schema: ZSignIn,
    defaultValues: { email: "", password: "" },
    action: signInWithPassword,
    onSuccess: () => window.location.assign(callbackUrl),
  });
  const e = form.formState.errors;
  return (
    <FormShell {...state} className="max-w-md" submitLabel="Logga in" pendingLabel="Loggar in …">
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
    </FormShell>
  );
}
