import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import type { User } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { recordAnonymousRefusal } from "@/lib/audit/anonymous-refusals";
import { assertPermission } from "@/lib/auth/assert-permission";
import { authOptions } from "@/lib/auth/auth-options";
import { can, type Permission } from "@/lib/auth/roles";
import { currentClientKey } from "@/lib/security/request-client-key";

export type StaffUser = Pick<User, "id" | "name" | "email" | "role" | "sessionVersion">;

/**
 * The signed-in staff user, checked against the database on every call: a deactivated user or a session
 * version bumped by sign-out or an administrator ends the session at once, whatever the token says.
 */
export async function getStaffUser(): Promise<StaffUser | null> {
  const session = await getServerSession(authOptions);
  const claims = session?.user as { id?: string; sessionVersion?: number } | undefined;
  if (!claims?.id) return null;
  const user = await (
    await getDb()
  ).user.findUnique({
    where: { id: claims.id },
    select: { id: true, name: true, email: true, role: true, sessionVersion: true, isActive: true },
  });
  if (!user || !user.isActive || user.sessionVersion !== claims.sessionVersion) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
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
