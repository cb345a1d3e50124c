import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { recordSignIn } from "@/lib/auth/record-sign-in";
import { ssoEmail } from "@/lib/auth/sso-email";
import { startStaffSession } from "@/lib/sessions/sessions";
import { roleNeedsTwoFactor } from "@/lib/two-factor/policy";

type SsoRefusal = "email_not_verified" | "unknown_user" | "inactive" | "second_factor_not_trusted";

/** What the instance trusts: the provider's MFA (OIDC_TRUSTED_MFA), and whether our second factor is required. */
export interface SsoPolicy {
  trustedMfa: boolean;
  twoFactorRequired: boolean;
}

/**
 * The existing, active staff account whose e-mail the provider vouches for (case-insensitive), or why not.
 * Signing in never creates an account: roles are given in this app, by an administrator.
 */
export async function findSsoAccount(
  db: PrismaClient,
  claims: Parameters<typeof ssoEmail>[0],
  policy: SsoPolicy,
) {
  const email = ssoEmail(claims);
  const refuse = (reason: SsoRefusal, userId: string | null = null) => ({
    ok: false as const,
    reason,
    userId,
  });
  if (!email) return refuse("email_not_verified");
  const user = await db.user.findFirst({ where: { email: { equals: email, mode: "insensitive" } } });
  if (!user) return refuse("unknown_user");
  if (!user.isActive) return refuse("inactive", user.id);
  // Not trusting the provider's MFA, single sign-on never stands in for our code: such accounts use the password.
  const needsOurCode = !!user.totpEnabledAt || (policy.twoFactorRequired && roleNeedsTwoFactor(user.role));
  if (!policy.trustedMfa && needsOurCode) return refuse("second_factor_not_trusted", user.id);
  return { ok: true as const, user };
}

/** The provider's answer checked (next-auth's signIn callback): false shows /logga-in?error=AccessDenied. */
export async function allowSsoSignIn(
  db: PrismaClient,
  claims: Parameters<typeof ssoEmail>[0],
  policy: SsoPolicy,
) {
  const found = await findSsoAccount(db, claims, policy);
  if (found.ok) return true;
  await db.$transaction((tx) =>
    writeAudit(tx, {
      action: "SIGN_IN_FAILED",
      actorId: found.userId,
      actorLabel: found.userId ?? "Okänd",
      data: { reason: found.reason, method: "sso" },
    }),
  );
  return false;
}

/**
 * The session of a single sign-on, the same as a password sign-in's: last sign-in, audited SIGN_IN (method "sso"),
 * a session row. Null when the account changed since the check (deactivated meanwhile).
 */
export async function startSsoSession(
  db: PrismaClient,
  claims: Parameters<typeof ssoEmail>[0],
  policy: SsoPolicy,
  userAgent: string | null,
  now = new Date(),
) {
  const found = await findSsoAccount(db, claims, policy);
  if (!found.ok) return null;
  const { user } = found;
  await recordSignIn(db, user.id, "sso", now);
  const sessionId = await startStaffSession(db, user, userAgent, now);
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    sessionVersion: user.sessionVersion,
    sessionId,
  };
}
