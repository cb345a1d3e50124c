import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { recordAnonymousRefusal } from "@/lib/audit/anonymous-refusals";
import { assertPermission } from "@/lib/auth/assert-permission";
import { authOptions } from "@/lib/auth/auth-options";
import { loadStaffUser, type StaffUser } from "@/lib/auth/load-staff-user";
import { can, type Permission } from "@/lib/auth/roles";
import { currentClientKey } from "@/lib/security/request-client-key";

export type { StaffUser } from "@/lib/auth/load-staff-user";

/** The signed-in staff user (see loadStaffUser), or null. */
export async function getStaffUser(): Promise<StaffUser | null> {
  const session = await getServerSession(authOptions);
  const claims = session?.user as
    { id?: string; sessionVersion?: number; sessionId?: string; method?: string } | undefined;
  return loadStaffUser(await getDb(), claims);
}

export const TWO_FACTOR_PAGE = "/konto/tvastegsverifiering";

/** For the signed-in user's own pages (two-factor enrolment): any staff role, enrolled or not. */
export async function requireSignedInStaff(from: string): Promise<StaffUser> {
  const user = await getStaffUser();
  if (!user) redirect(`/logga-in?till=${encodeURIComponent(from)}`);
  return user;
}

/**
 * For pages: sends anonymous users to sign-in (counted as an anonymous refusal, e.g. a case page or its print
 * view opened without a session) and refuses (and logs) users without the permission.
 */
export async function requirePagePermission(
  permission: Permission,
  options: { from: string; reportId?: string },
) {
  const user = await getStaffUser();
  if (!user) {
    await recordAnonymousRefusal(await getDb(), "staff_page", await currentClientKey(), new Date());
    redirect(`/logga-in?till=${encodeURIComponent(options.from)}`);
  }
  // Server-side, before any data is read: the domain guard refuses such a user too (assertPermission).
  if (user.twoFactorPending) redirect(`${TWO_FACTOR_PAGE}?till=${encodeURIComponent(options.from)}`);
  if (!can(user.role, permission)) {
    await assertPermission(await getDb(), user, permission, options.reportId).catch(() => undefined);
    redirect("/ej-behorig");
  }
  return user;
}

/** For server actions and route handlers: throws FORBIDDEN (logged) unless the user has the permission. */
export async function requirePermission(permission: Permission, reportId?: string): Promise<StaffUser> {
  const user = await getStaffUser();
  await assertPermission(await getDb(), user, permission, reportId);
  return user!;
}
