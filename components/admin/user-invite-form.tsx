"use client";

import { useRouter } from "next/navigation";
import { inviteUserAction } from "@/app/(staff)/admin/anvandare/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { ROLE_OPTIONS } from "@/components/admin/role-options";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/text-field";
import { ZInviteUser } from "@/lib/users/schemas";

export function UserInviteForm() {
  const router = useRouter();
  const admin = useAdminForm({
    schema: ZInviteUser,
    defaultValues: { name: "", email: "", role: undefined, password: "", passwordConfirm: "" },
    action: inviteUserAction,
    idPrefix: "ny",
    persistKey: "user-invite",
    resetOnSuccess: true,
    onSuccess: (result) => router.push(`/admin/anvandare/${result.id}?skapad=1`),
  });
  const { register, formState } = admin.form;
  const e = formState.errors;
  return (
    <AdminForm {...admin} submitLabel="Skapa kontot">
      <TextField
        id={admin.fieldId("name")}
        label="Namn"
        required
        autoComplete="off"
        error={e.name?.message}
        {...register("name")}
      />
      <TextField
        id={admin.fieldId("email")}
        label="E-postadress"
        type="email"
        required
        autoComplete="off"
        hint="Personens jobbadress. Den är användarnamnet vid inloggning."
        error={e.email?.message}
        {...register("email")}
      />
      <ChoiceGroup
        id={admin.fieldId("role")}
        legend="Roll"
        type="radio"
        options={ROLE_OPTIONS}
        error={e.role?.message}
        inputProps={register("role")}
      />
      <TextField
        id={admin.fieldId("password")}
        label="Första lösenord"
        type="password"
        required
        autoComplete="new-password"
        hint="Minst 12 tecken. Lämna över det på ett säkert sätt, till exempel muntligt."
        error={e.password?.message}
        {...register("password")}
      />
      <TextField
        id={admin.fieldId("passwordConfirm")}
        label="Upprepa lösenordet"
        type="password"
        required
        autoComplete="new-password"
        error={e.passwordConfirm?.message}
        {...register("passwordConfirm")}
      />
    </AdminForm>
  );
}
