import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { verifySecondFactor } from "@/lib/two-factor/verify-second-factor";

/**
 * After a correct password: a user with a second factor needs a code too. "needed" when none came with the
 * password (the form then asks for it), "refused" when the code is wrong, used, or the attempts are exhausted.
 */
export async function secondFactorStep(
  db: PrismaClient,
  user: { id: string; totpSecret: string | null; totpEnabledAt: Date | null },
  code: string | undefined,
  now: Date,
): Promise<"passed" | "needed" | "refused"> {
  if (!user.totpSecret || !user.totpEnabledAt) return "passed";
  if (!code) return "needed";
  const result = await verifySecondFactor(db, { id: user.id, totpSecret: user.totpSecret }, code, now);
  return result === "accepted" ? "passed" : "refused";
}
