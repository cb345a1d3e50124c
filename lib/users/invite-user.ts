import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import type { TInviteUser } from "@/lib/users/schemas";
import { createUser } from "@/lib/users/create-user";

/** An administrator creates a staff account with an initial password to hand over (audited USER_CREATED). */
export async function inviteUser(db: PrismaClient, actor: Actor | null, input: TInviteUser) {
  const admin = await assertPermission(db, actor, "admin:manage");
  return createUser(
    db,
    { name: input.name, email: input.email, role: input.role, password: input.password },
    admin.id,
  );
}
