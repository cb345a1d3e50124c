"use client";

import { useRouter } from "next/navigation";
import { ROLE_OPTIONS } from "@/components/admin/role-options";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { NewPasswordFields } from "@/components/admin/new-password-fields";
import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZInviteUser } from "@/lib/users/schemas";

export function UserInviteForm({ action }: { action: FormAction<{ id: string }> }) {
  const router = useRouter();
  const { form, fieldId, ...state } = useActionForm({
    schema: ZInviteUser,
    defaultValues: { name: "", email: "", role: undefined, password: "", passwordConfirm: "" },
    action,
    idPrefix: "ny",
    // The passwords are never kept, whatever is listed here.
    persist: { key: "admin:user-invite", fields: ["name", "email", "role"] },
    resetOnSuccess: true,
    onSuccess: (user) => router.push(`/admin/anvandare/${user.id}?skapad=1`),
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <div className="max-w-2xl">
      <FormShell {...state} submitLabel="Skapa kontot">
        <TextField
          id={fieldId("name")}
          label="Namn"
          required
          autoComplete="off"
          error={e.name?.message}
          {...register("name")}
        />
        <TextField
          id={fieldId("email")}
          label="E-postadress"
          type="email"
          required
          autoComplete="off"
          hint="Personens jobbadress. Den är användarnamnet vid inloggning."
          error={e.email?.message}
          {...register("email")}
        />
        <ChoiceGroup
          id={fieldId("role")}
          legend="Roll"
          type="radio"
          options={ROLE_OPTIONS}
          error={e.role?.message}
          inputProps={register("role")}
        />
        <NewPasswordFields
          register={register}
          errors={e}
          fieldId={fieldId}
          label="Första lösenord"
          confirmLabel="Upprepa lösenordet"
          hint="Minst 12 tecken. Lämna över det på ett säkert sätt, till exempel muntligt."
        />
      </FormShell>
    </div>
  );
}
