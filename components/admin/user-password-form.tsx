"use client";

import { NewPasswordFields } from "@/components/admin/new-password-fields";
import { FormShell } from "@/components/ui/form-shell";
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
        <NewPasswordFields
          register={register}
          errors={e}
          fieldId={fieldId}
          label="Nytt lösenord"
          confirmLabel="Upprepa det nya lösenordet"
          hint="Minst 12 tecken. Användarens öppna sessioner avslutas när du sparar."
        />
      </FormShell>
    </div>
  );
}
