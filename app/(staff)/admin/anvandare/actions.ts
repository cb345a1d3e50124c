"use server";

import { changeUserRole } from "@/lib/users/change-user-role";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { inviteUser } from "@/lib/users/invite-user";
import { reactivateUser } from "@/lib/users/reactivate-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { ZChangeUserRole, ZInviteUser, ZResetUserPassword, ZUserRef } from "@/lib/users/schemas";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { runAdminAction } from "../run-admin-action";

const USERS = "/admin/anvandare";

export async function inviteUserAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZInviteUser,
    operation: inviteUser,
    message: (user) =>
      `Kontot för ${user.name} är skapat. Lämna över lösenordet på ett säkert sätt, inte i samma mejl som adressen.`,
    id: (user) => user.id,
    revalidate: [USERS],
  });
}

export async function changeUserRoleAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZChangeUserRole,
    operation: changeUserRole,
    message: (result, input) =>
      result.changed
        ? `Rollen är ändrad till ${ROLE_LABELS[input.role]}.`
        : "Användaren hade redan den rollen.",
    revalidate: [USERS],
  });
}

export async function deactivateUserAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZUserRef,
    operation: deactivateUser,
    message: () => "Användaren är avaktiverad och utloggad. Historiken finns kvar.",
    revalidate: [USERS],
  });
}

export async function reactivateUserAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZUserRef,
    operation: reactivateUser,
    message: () => "Användaren är aktiv igen och kan logga in.",
    revalidate: [USERS],
  });
}

export async function resetUserPasswordAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZResetUserPassword,
    operation: resetUserPassword,
    message: (result) =>
      result.isOwnAccount
        ? "Ditt lösenord är bytt. Du loggas ut och loggar in med det nya lösenordet."
        : "Lösenordet är bytt och användarens öppna sessioner är avslutade. Lämna över det nya lösenordet på ett säkert sätt.",
    revalidate: [USERS],
  });
}
