import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { Permission } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { getStaffUser, type StaffUser } from "@/lib/auth/staff-session";

// Kept apart from the public side's access rules (lib/actions/access.ts, which re-exports these): a staff route
// that imports only this module reaches nothing of the reporter's drafts or follow-up, which the arbetsgrupp's
// routes must not (tests/integration/arbetsgrupp-boundary.test.ts).

/**
 * Who may run an action. `resolve` sees the raw values (only to name the case a refusal concerns) and returns
 * what the operation needs to know about the caller, or throws an AppError that the user sees.
 */
export interface Access<TContext> {
  resolve: (db: PrismaClient, values: unknown) => Promise<TContext>;
}

/** The case an action names, read loosely from the raw values so a refusal is logged against it. */
function reportIdOf(values: unknown): string | undefined {
  const reportId = (values as { reportId?: unknown } | null)?.reportId;
  return typeof reportId === "string" && reportId ? reportId.slice(0, 40) : undefined;
}

/** A signed-in staff user with the permission; a refusal is audited (against the case, if one is named). */
export function staffWith(permission: Permission): Access<{ actor: StaffUser }> {
  return {
    resolve: async (db, values) => {
      const user = await getStaffUser();
      await assertPermission(db, user, permission, reportIdOf(values));
      return { actor: user! };
    },
  };
}

/** Any signed-in staff user, for their own account (two-factor enrolment): no permission, enrolled or not. */
export const signedInStaff: Access<{ actor: StaffUser }> = {
  resolve: async () => {
    const user = await getStaffUser();
    if (!user) throw new AppError("FORBIDDEN", "Du är inte inloggad längre. Logga in igen.");
    return { actor: user };
  },
};
