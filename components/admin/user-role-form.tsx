"use client";

import type { Role } from "@/generated/prisma/enums";
import { ROLE_OPTIONS } from "@/components/admin/role-options";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZChangeUserRole } from "@/lib/users/schemas";

export function UserRoleForm({ userId, role, action }: { userId: string; role: Role; action: FormAction }) {
  const { form, fieldId, ...state } = useActionForm({
    schema: ZChangeUserRole,
    defaultValues: { userId, role },
    action,
    idPrefix: "roll",
  });
  return (
    <div className="max-w-2xl">
      <FormShell id="roll" {...state} submitLabel="Spara rollen">
        <input type="hidden" {...form.register("userId")} />
        <ChoiceGroup
          id={fieldId("role")}
          legend="Roll"
          hint="Ändringen gäller från användarens nästa klick."
          type="radio"
          options={ROLE_OPTIONS}
          error={form.formState.errors.role?.message}
          inputProps={form.register("role")}
        />
      </FormShell>
    </div>
  );
}
