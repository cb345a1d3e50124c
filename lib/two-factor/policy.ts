import type { Role } from "@/generated/prisma/enums";

/** The roles that read case content or manage accounts: their sign-in needs a second factor when required. */
export function roleNeedsTwoFactor(role: Role): boolean {
  return role === "SAMORDNARE" || role === "ADMIN";
}

/** Whether the user must enrol before reaching anything else (the instance requires it and they have none). */
export function mustEnrolTwoFactor(
  user: { role: Role; totpEnabledAt: Date | null },
  required: boolean,
): boolean {
  return required && roleNeedsTwoFactor(user.role) && !user.totpEnabledAt;
}
