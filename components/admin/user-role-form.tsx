"use client";

import type { Role } from "@/generated/prisma/enums";
import { changeUserRoleAction } from "@/app/(staff)/admin/anvandare/actions";
import { AdminForm } from "@/components/admin/admin-form";
import { ROLE_OPTIONS } from "@/components/admin/role-options";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ZChangeUserRole } from "@/lib/users/schemas";

export function UserRoleForm({ userId, role }: { userId: string; role: Role }) {
  const admin = useAdminForm({
    schema: ZChangeUserRole,
    defaultValues: { userId, role },
    action: changeUserRoleAction,
    idPrefix: "roll",
  });
  const e = admin.form.formState.errors;
  return (
    <AdminForm {...admin} submitLabel="Spara rollen">
      <input type="hidden" {...admin.form.register("userId")} />
      <ChoiceGroup
        id={admin.fieldId("role")}
        legend="Roll"
        hint="Ändringen gäller från användarens nästa klick."
        type="radio"
        options={ROLE_OPTIONS}
        error={e.role?.message}
        inputProps={admin.form.register("role")}
      />
    </AdminForm>
  );
}
