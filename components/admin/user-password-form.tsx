"use client";

import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZResetUserPassword } from "@/lib/users/schemas";

export function UserPasswordForm({ userId, action }: { userId: string; action: FormAction }) {
  const { form, fieldId, ...state } = useActionForm({
    schema: ZResetUserPassword,
    defaultValues: { userId, password: "", passwordConfirm: "" },
    action,
    idPrefix: "losen",
    resetOnSuccess: true,
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <div className="max-w-2xl">
      <FormShell id="losen" {...state} submitLabel="Byt lösenord">
        <input type="hidden" {...register("userId")} />
        <TextField
          id={fieldId("password")}
          label="Nytt lösenord"
          type="password"
          required
          autoComplete="new-password"
          hint="Minst 12 tecken. Användarens öppna sessioner avslutas när du sparar."
          error={e.password?.message}
          {...register("password")}
        />
        <TextField
          id={fieldId("passwordConfirm")}
          label="Upprepa det nya lösenordet"
          type="password"
          required
          autoComplete="new-password"
          error={e.passwordConfirm?.message}
          {...register("passwordConfirm")}
        />
      </FormShell>
    </div>
  );
}
