import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import type { User } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { writeAudit } from "@/lib/audit/audit-actions";
import { authOptions } from "@/lib/auth/auth-options";
import { can, type Permission } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";

export type StaffUser = Pick<User, "id" | "name" | "email" | "role" | "sessionVersion">;

/**
 * The signed-in staff user, checked against the database on every call: a deactivated user or a session
 * version bumped by sign-out or an administrator ends the session at once, whatever the token says.
 */
export async function getStaffUser(): Promise<StaffUser | null> {
  const session = await getServerSession(authOptions);
  const claims = session?.user as { id?: string; sessionVersion?: number } | undefined;
  if (!claims?.id) return null;
  const user = await (await getDb()).user.findUnique({
    where: { id: claims.id },
    select: { id: true, name: true, email: true, role: true, sessionVersion: true, isActive: true },
  });
  if (!user || !user.isActive || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}

async function auditRefusal(user: StaffUser | null, permission: Permission, reportId?: string) {
  const db = await getDb();
  await db.$transaction((tx) =>
    writeAudit(tx, {
      action: "ACCESS_REFUSED",
      actorId: user?.id ?? null,
      actorLabel: user?.id ?? "Ej inloggad",
      reportId: reportId ?? null,
      data: { permission },
    }),
  );
}

/** For pages: sends anonymous users to sign-in and refuses (and logs) users without the permission. */
export async function requirePagePermission(permission: Permission, options: { from: string; reportId?: string }) {
  const user = await getStaffUser();
  if (!user) redirect(`/logga-in?till=${encodeURIComponent(options.from)}`);
  if (!can(user.role, permission)) {
    await auditRefusal(user, permission, options.reportId);
    redirect("/ej-behorig");
  }
  return user;
}

/** For server actions and route handlers: throws FORBIDDEN (logged) unless the user has the permission. */
export async function requirePermission(permission: Permission, reportId?: string): Promise<StaffUser> {
  const user = await getStaffUser();
  if (!user || !can(user.role, permission)) {
    await auditRefusal(user, permission, reportId);
    throw new AppError("FORBIDDEN", user ? "Du har inte behörighet till det här." : "Du är inte inloggad längre. Logga in igen.");
  }
  return user;
}
