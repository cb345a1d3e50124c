"use server";

import { staffWith } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/run-action";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { allowPasswordSignIn } from "@/lib/users/allow-password-sign-in";
import { changeUserRole } from "@/lib/users/change-user-role";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { inviteUser } from "@/lib/users/invite-user";
import { makeSsoOnly } from "@/lib/users/make-sso-only";
import { reactivateUser } from "@/lib/users/reactivate-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { resetTwoFactor } from "@/lib/two-factor/reset-two-factor";
import { endAllSessions } from "@/lib/sessions/sessions";
import { ZChangeUserRole, ZInviteUser, ZResetUserPassword, ZUserRef } from "@/lib/users/schemas";

const WAITS_FOR_APPROVAL =
  "Ändringen väntar på att en annan administratör godkänner den under Administration. Den gäller i 7 dagar.";

const userAction = {
  access: staffWith("admin:manage"),
  revalidate: ["/admin/anvandare"],
};

export const inviteUserAction = defineAction({
  ...userAction,
  name: "admin/anvandare/skapa",
  schema: ZInviteUser,
  run: ({ db, actor }, input) => inviteUser(db, actor, input),
  message: (user) =>
    user.pending
      ? `Kontot för ${user.name} är skapat men kan inte logga in förrän en annan administratör har godkänt det under Administration (inom 7 dagar).`
      : `Kontot för ${user.name} är skapat. Lämna över lösenordet på ett säkert sätt, inte i samma mejl som adressen.`,
  // The form goes on to the new user's page.
  data: (user) => ({ id: user.id }),
});

export const changeUserRoleAction = defineAction({
  ...userAction,
  name: "admin/anvandare/roll",
  schema: ZChangeUserRole,
  run: ({ db, actor }, input) => changeUserRole(db, actor, input),
  message: (result, input) =>
    result.pending
      ? WAITS_FOR_APPROVAL
      : result.changed
        ? `Rollen är ändrad till ${ROLE_LABELS[input.role]}.`
        : "Användaren hade redan den rollen.",
});

export const deactivateUserAction = defineAction({
  ...userAction,
  name: "admin/anvandare/avaktivera",
  schema: ZUserRef,
  run: ({ db, actor }, input) => deactivateUser(db, actor, input),
  message: "Användaren är avaktiverad och utloggad. Historiken finns kvar.",
});

export const reactivateUserAction = defineAction({
  ...userAction,
  name: "admin/anvandare/aktivera",
  schema: ZUserRef,
  run: ({ db, actor }, input) => reactivateUser(db, actor, input),
  message: "Användaren är aktiv igen och kan logga in.",
});

export const resetUserPasswordAction = defineAction({
  ...userAction,
  name: "admin/anvandare/losenord",
  schema: ZResetUserPassword,
  run: ({ db, actor }, input) => resetUserPassword(db, actor, input),
  message: (result) =>
    result.pending
      ? WAITS_FOR_APPROVAL
      : result.isOwnAccount
        ? "Ditt lösenord är bytt. Du loggas ut och loggar in med det nya lösenordet."
        : "Lösenordet är bytt och användarens öppna sessioner är avslutade. Lämna över det nya lösenordet på ett säkert sätt.",
});

export const resetTwoFactorAction = defineAction({
  ...userAction,
  name: "admin/anvandare/tvastegsverifiering",
  schema: ZUserRef,
  run: ({ db, actor }, input) => resetTwoFactor(db, actor, input),
  message: (result) =>
    result.pending
      ? WAITS_FOR_APPROVAL
      : result.isOwnAccount
        ? "Din tvåstegsverifiering är återställd. Du loggas ut och kopplar appen igen när du loggar in."
        : "Tvåstegsverifieringen är återställd och användarens öppna sessioner är avslutade. Användaren har fått ett mejl om det.",
});

export const endAllSessionsAction = defineAction({
  ...userAction,
  name: "admin/anvandare/sessioner",
  schema: ZUserRef,
  run: ({ db, actor }, input) => endAllSessions(db, actor, input),
  message: (result) =>
    result.isOwnAccount
      ? "Alla dina sessioner är avslutade. Du loggas ut."
      : "Alla användarens sessioner är avslutade. Användaren är utloggad på alla enheter.",
});

export const makeSsoOnlyAction = defineAction({
  ...userAction,
  name: "admin/anvandare/endast-sso",
  schema: ZUserRef,
  run: ({ db, actor }, input) => makeSsoOnly(db, actor, input),
  message: (result) =>
    result.changed
      ? "Kontot loggar nu bara in via organisationens konto. Lösenordet är borttaget och användaren är utloggad."
      : "Kontot loggade redan bara in via organisationens konto.",
});

export const allowPasswordSignInAction = defineAction({
  ...userAction,
  name: "admin/anvandare/tillat-losenord",
  schema: ZUserRef,
  run: ({ db, actor }, input) => allowPasswordSignIn(db, actor, input),
  message: (result) =>
    result.pending
      ? WAITS_FOR_APPROVAL
      : "Kontot kan logga in med lösenord igen. Användaren har fått ett mejl med en länk för att välja lösenordet.",
});
