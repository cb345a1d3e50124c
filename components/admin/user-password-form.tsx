"use client";

import { resetUserPasswordAction } from "@/app/(staff)/admin/anvandare/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { TextField } from "@/components/ui/text-field";
import { ZResetUserPassword } from "@/lib/users/schemas";

export function UserPasswordForm({ userId }: { userId: string }) {
  const admin = useAdminForm({
    schema: ZResetUserPassword,
    defaultValues: { userId, password: "", passwordConfirm: "" },
    action: resetUserPasswordAction,
    idPrefix: "losen",
    resetOnSuccess: true,
  });
  const { register, formState } = admin.form;
  const e = formState.errors;
  return (
    <AdminForm {...admin} submitLabel="Byt lösenord">
      <input type="hidden" {...register("userId")} />
      <TextField
        id={admin.fieldId("password")}
        label="Nytt lösenord"
        type="password"
        required
        autoComplete="new-password"
        hint="Minst 12 tecken. Användarens öppna sessioner avslutas när du sparar."
        error={e.password?.message}
        {...register("password")}
      />
      <TextField
        id={admin.fieldId("passwordConfirm")}
        label="Upprepa det nya lösenordet"
        type="password"
        required
        autoComplete="new-password"
        error={e.passwordConfirm?.message}
        {...register("passwordConfirm")}
      />
    </AdminForm>
  );
}
