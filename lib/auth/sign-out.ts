import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { endSessionAtSignOut } from "@/lib/sessions/sessions";

/**
 * Signing out ends this session: its token stops working at once. The user's other devices stay signed in;
 * they are listed, and can be ended, on the sessions page.
 */
export async function signOutUser(db: PrismaClient, userId: string, sessionId: string) {
  await endSessionAtSignOut(db, userId, sessionId);
  await db.$transaction((tx) => writeAudit(tx, { action: "SIGN_OUT", actorId: userId, actorLabel: userId }));
}
