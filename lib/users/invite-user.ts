import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import {
  announceUnapprovedChange,
  flagUnapprovedChange,
  planAccountChange,
  requestAccountChange,
} from "@/lib/privileged-changes/guard";
import type { TInviteUser } from "@/lib/users/schemas";
import { createUser } from "@/lib/users/create-user";

/**
 * An administrator creates a staff account with an initial password to hand over (audited USER_CREATED). A new
 * SAMORDNARE or ADMIN account is itself a privileged change: with two or more administrators it is created
 * inactive until another approves it; with one it is active at once, flagged and announced.
 */
export async function inviteUser(db: PrismaClient, actor: Actor | null, input: TInviteUser) {
  const admin = await assertPermission(db, actor, "admin:manage");
  const path = await planAccountChange(db, { kind: "ACCOUNT_ACTIVATION", userId: "" }, input.role);
  const user = await createUser(
    db,
    { name: input.name, email: input.email, role: input.role, password: input.password },
    admin.id,
    {
      isActive: path !== "REQUEST_APPROVAL",
      flag:
        path === "APPLY_WITH_NOTICE"
          ? (tx, userId) => flagUnapprovedChange(tx, admin, { kind: "ACCOUNT_ACTIVATION", userId })
          : undefined,
    },
  );
  const change = { kind: "ACCOUNT_ACTIVATION", userId: user.id } as const;
  if (path === "REQUEST_APPROVAL") await requestAccountChange(db, admin, change);
  if (path === "APPLY_WITH_NOTICE") await announceUnapprovedChange(db, change);
  return { ...user, pending: path === "REQUEST_APPROVAL" };
}
