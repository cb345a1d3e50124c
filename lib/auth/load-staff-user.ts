import "server-only";
import type { PrismaClient, User } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { touchStaffSession } from "@/lib/sessions/sessions";
import { mustEnrolTwoFactor } from "@/lib/two-factor/policy";

export type StaffUser = Pick<User, "id" | "name" | "email" | "role" | "sessionVersion"> & {
  /** This sign-in's session row. */
  sessionId: string;
  /** Signed in, but the instance requires a second factor the user hasn't set up: refused everything else. */
  twoFactorPending: boolean;
};

/**
 * The staff user a session's claims name, checked against the database: a deactivated user or a session version
 * bumped by an administrator, or this session ended by its owner, ends it at once, whatever the token says.
 */
export async function loadStaffUser(
  db: PrismaClient,
  claims: { id?: string; sessionVersion?: number; sessionId?: string; method?: string } | undefined,
  twoFactorRequired = env.TWO_FACTOR_REQUIRED,
): Promise<StaffUser | null> {
  if (!claims?.id || !claims.sessionId) return null;
  const user = await db.user.findUnique({
    where: { id: claims.id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      sessionVersion: true,
      isActive: true,
      totpEnabledAt: true,
    },
  });
  if (!user || !user.isActive || user.sessionVersion !== claims.sessionVersion) return null;
  const session = { id: claims.sessionId, userId: user.id, sessionVersion: user.sessionVersion };
  if (!(await touchStaffSession(db, session))) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    sessionVersion: user.sessionVersion,
    sessionId: claims.sessionId,
    // A single sign-on is let in only when the provider's MFA is trusted or our code isn't needed (sso-sign-in.ts).
    twoFactorPending: claims.method !== "sso" && mustEnrolTwoFactor(user, twoFactorRequired),
  };
}
