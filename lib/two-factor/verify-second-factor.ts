import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { codeAttempts } from "@/lib/two-factor/code-attempts";
import { hashRecoveryCode, looksLikeRecoveryCode } from "@/lib/two-factor/recovery-codes";
import { verifyTotp } from "@/lib/two-factor/totp";

export type SecondFactorResult = "accepted" | "refused" | "rate_limited";

/**
 * The second step of a staff sign-in: a code from the app (each accepted once) or one of the recovery codes
 * (each usable once). Both are marked used with a conditional update, so two requests racing with the same code
 * can't both get in. Wrong codes are counted by the rate limiter and audited.
 */
export async function verifySecondFactor(
  db: PrismaClient,
  user: { id: string; totpSecret: string },
  code: string,
  now: Date,
): Promise<SecondFactorResult> {
  const attempts = codeAttempts(db, user.id, now);
  const refuse = async (reason: "wrong_code" | "code_rate_limited") => {
    if (reason === "wrong_code") await attempts.recordFailure();
    await db.$transaction((tx) =>
      writeAudit(tx, { action: "SIGN_IN_FAILED", actorId: user.id, actorLabel: user.id, data: { reason } }),
    );
    return reason === "wrong_code" ? "refused" : "rate_limited";
  };
  if (await attempts.isLimited()) return refuse("code_rate_limited");

  if (looksLikeRecoveryCode(code)) {
    return db
      .$transaction(async (tx) => {
        const used = await tx.recoveryCode.updateMany({
          where: { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: null },
          data: { usedAt: now },
        });
        if (used.count !== 1) return null;
        const remaining = await tx.recoveryCode.count({ where: { userId: user.id, usedAt: null } });
        await writeAudit(tx, {
          action: "RECOVERY_CODE_USED",
          actorId: user.id,
          actorLabel: user.id,
          data: { remaining },
        });
        return "accepted" as const;
      })
      .then((result) => result ?? refuse("wrong_code"));
  }

  const current = await db.user.findUnique({ where: { id: user.id }, select: { totpLastStep: true } });
  const checked = verifyTotp(user.totpSecret, code, { now, lastStep: current?.totpLastStep ?? null });
  if (!checked.ok) return refuse("wrong_code");
  const claimed = await db.user.updateMany({
    where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: checked.step } }] },
    data: { totpLastStep: checked.step },
  });
  return claimed.count === 1 ? "accepted" : refuse("wrong_code");
}
