import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { recordAnonymousRefusal } from "@/lib/audit/anonymous-refusals";
import { can, type Permission } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { currentClientKey } from "@/lib/security/request-client-key";

export interface Actor {
  id: string;
  role: "SAMORDNARE" | "ARBETSGRUPP" | "ADMIN";
  /** Set by the staff session when the instance requires a second factor the user hasn't enrolled. */
  twoFactorPending?: boolean;
}

export const ENROL_FIRST = "Du behöver aktivera tvåstegsverifiering innan du kan fortsätta.";

/**
 * The domain's own guard: every case and admin operation calls it, so no edge can forget the check.
 * A refusal is audited before it is thrown; without a session it is counted with the client's other anonymous
 * refusals (one audit row per window), since anyone can repeat it without limit.
 */
export async function assertPermission(
  db: PrismaClient,
  user: Actor | null,
  permission: Permission,
  reportId?: string | null,
): Promise<Actor> {
  if (user && !user.twoFactorPending && can(user.role, permission)) return user;
  if (!user) {
    await recordAnonymousRefusal(db, "staff_page", await currentClientKey(), new Date());
    throw new AppError("FORBIDDEN", "Du är inte inloggad längre. Logga in igen.");
  }
  // A made-up id can't be a foreign key: it goes into the data, so the refusal is still logged.
  const isKnownReport = !!reportId && (await db.report.count({ where: { id: reportId } })) > 0;
  await db.$transaction((tx) =>
    writeAudit(tx, {
      action: "ACCESS_REFUSED",
      actorId: user.id,
      actorLabel: user.id,
      reportId: isKnownReport ? reportId : null,
      data: { permission, ...(reportId && !isKnownReport ? { requestedId: reportId.slice(0, 40) } : {}) },
    }),
  );
  throw new AppError(
    "FORBIDDEN",
    user.twoFactorPending ? ENROL_FIRST : "Du har inte behörighet till det här.",
  );
}
