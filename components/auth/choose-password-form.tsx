"use client";

import Link from "next/link";
import { useState } from "react";
import { NewPasswordFields } from "@/components/admin/new-password-fields";
import { FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZChoosePassword } from "@/lib/users/schemas";

/** The password a user chooses through the link an administrator had mailed them; then on to sign in. */
export function ChoosePasswordForm({ token, action }: { token: string; action: FormAction }) {
  const [done, setDone] = useState(false);
  const { form, fieldId, ...state } = useActionForm({
    schema: ZChoosePassword,
    defaultValues: { token, password: "", passwordConfirm: "" },
    action,
    idPrefix: "valj",
    resetOnSuccess: true,
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <div role="status" className="max-w-2xl rounded border-2 border-green-800 bg-green-50 p-4">
        <p className="mb-2 font-medium">Lösenordet är sparat. Länken fungerar inte igen.</p>
        <Link href="/logga-in" className="text-brand-900 underline">
          Logga in med ditt nya lösenord
        </Link>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <FormShell id="valj" {...state} submitLabel="Spara lösenordet">
        <input type="hidden" {...form.register("token")} />
        <NewPasswordFields
          register={form.register}
          errors={form.formState.errors}
          fieldId={fieldId}
          label="Nytt lösenord"
          confirmLabel="Upprepa lösenordet"
          hint="Minst 12 tecken, och inte ett vanligt lösenord. Några ord som inte hör ihop är lätta att minnas och svåra att gissa."
        />
      </FormShell>
    </div>
  );
}
