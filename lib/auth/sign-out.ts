import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";

/** Signing out ends every session of the user at once: tokens carrying the old session version stop working. */
export async function signOutUser(db: PrismaClient, userId: string) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { action: "SIGN_OUT", actorId: userId, actorLabel: userId });
  });
}
