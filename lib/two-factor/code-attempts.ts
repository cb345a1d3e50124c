import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { isRateLimited, recordFailure } from "@/lib/security/rate-limit";

// Wrong second-factor codes count like wrong passwords: ten per account in 15 minutes, then a pause. The rate
// limiter is called from here only, so a change to its interface touches this file alone.
const WINDOW_MINUTES = 15;
const MAX_WRONG_CODES = 10;

export function codeAttempts(db: PrismaClient, userId: string, now: Date) {
  const key = `two-factor:${userId}`;
  return {
    isLimited: () => isRateLimited(db, key, { max: MAX_WRONG_CODES, windowMinutes: WINDOW_MINUTES, now }),
    recordFailure: () => recordFailure(db, key, now),
  };
}
