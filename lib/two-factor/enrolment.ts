import "server-only";
import QRCode from "qrcode";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { AppError } from "@/lib/errors";
import { codeAttempts } from "@/lib/two-factor/code-attempts";
import { hashRecoveryCode, newRecoveryCodes } from "@/lib/two-factor/recovery-codes";
import type { TConfirmTotp } from "@/lib/two-factor/schemas";
import { newTotpSecret, totpUri, verifyTotp } from "@/lib/two-factor/totp";

export type TotpEnrolment =
  | { enabled: true; enabledAt: Date; recoveryCodesLeft: number }
  | { enabled: false; secret: string; qrCodeDataUrl: string };

/**
 * The signed-in user's two-factor state. Without it, a secret is kept as pending (the same one on every reload,
 * so a QR code already scanned stays valid) and shown as a QR code made here, never by a third-party service.
 */
export async function getTotpEnrolment(db: PrismaClient, userId: string): Promise<TotpEnrolment> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, totpEnabledAt: true, totpPendingSecret: true },
  });
  if (user.totpEnabledAt) {
    const recoveryCodesLeft = await db.recoveryCode.count({ where: { userId, usedAt: null } });
    return { enabled: true, enabledAt: user.totpEnabledAt, recoveryCodesLeft };
  }
  let secret = user.totpPendingSecret;
  if (!secret) {
    secret = newTotpSecret();
    await db.user.update({ where: { id: userId }, data: { totpPendingSecret: secret } });
  }
  const svg = await QRCode.toString(totpUri(secret, user.email), { type: "svg", margin: 2 });
  return {
    enabled: false,
    secret,
    qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
  };
}

export const WRONG_ENROLMENT_CODE =
  "Koden stämmer inte. Kontrollera att appen visar kontot för Brister i samverkan och skriv den kod som visas nu.";

/**
 * Confirms enrolment with a first code and returns ten recovery codes: shown once, only their hashes are kept.
 * The first code's step counts as used.
 */
export async function confirmTotpEnrolment(
  db: PrismaClient,
  actor: { id: string },
  input: TConfirmTotp,
  now = new Date(),
): Promise<{ recoveryCodes: string[] }> {
  const attempts = codeAttempts(db, actor.id, now);
  if (await attempts.isLimited()) {
    throw new AppError("RATE_LIMITED", "För många felaktiga koder. Vänta en kvart och försök igen.");
  }
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { totpEnabledAt: true, totpPendingSecret: true },
  });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "Tvåstegsverifiering är redan aktiverad.");
  if (!user.totpPendingSecret) throw new AppError("CONFLICT", "Ladda om sidan och skanna QR-koden igen.");
  const checked = verifyTotp(user.totpPendingSecret, input.code, { now, lastStep: null });
  if (!checked.ok) {
    await attempts.recordFailure();
    throw new AppError("INVALID", WRONG_ENROLMENT_CODE);
  }
  const recoveryCodes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: {
        totpSecret: user.totpPendingSecret,
        totpPendingSecret: null,
        totpEnabledAt: now,
        totpLastStep: checked.step,
      },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await tx.recoveryCode.createMany({
      data: recoveryCodes.map((code) => ({ userId: actor.id, codeHash: hashRecoveryCode(code) })),
    });
    await writeAudit(tx, { action: "TWO_FACTOR_ENABLED", actorId: actor.id, actorLabel: actor.id });
  });
  return { recoveryCodes };
}
