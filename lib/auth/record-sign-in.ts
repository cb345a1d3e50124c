import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import type { AuditData } from "@/lib/audit/events";

/** With our password or through the organisation's single sign-on, as the SIGN_IN event records it. */
type SignInMethod = NonNullable<AuditData<"SIGN_IN">["method"]>;

/** The last sign-in on the account and its SIGN_IN audit row, together or not at all. */
export async function recordSignIn(db: PrismaClient, userId: string, method: SignInMethod, now = new Date()) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { lastLoginAt: now } });
    await writeAudit(tx, { action: "SIGN_IN", actorId: userId, actorLabel: userId, data: { method } });
  });
}
