import "server-only";
import type { PrismaClient, User } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { mustEnrolTwoFactor } from "@/lib/two-factor/policy";

export type StaffUser = Pick<User, "id" | "name" | "email" | "role" | "sessionVersion"> & {
  /** Signed in, but the instance requires a second factor the user hasn't set up: refused everything else. */
  twoFactorPending: boolean;
};

/**
 * The staff user a session's claims name, checked against the database: a deactivated user or a session version
 * bumped by sign-out or an administrator ends the session at once, whatever the token says.
 */
export async function loadStaffUser(
  db: PrismaClient,
  claims: { id?: string; sessionVersion?: number } | undefined,
  twoFactorRequired = env.TWO_FACTOR_REQUIRED,
): Promise<StaffUser | null> {
  if (!claims?.id) return null;
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
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    sessionVersion: user.sessionVersion,
    twoFactorPending: mustEnrolTwoFactor(user, twoFactorRequired),
  };
}
