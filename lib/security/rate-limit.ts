import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import {
  type BackoffPolicy,
  type CapPolicy,
  type FailureHistory,
  backoffMs,
  isCapReached,
  remainingWaitMs,
} from "@/lib/security/rate-limit-policy";

/**
 * The rate limits' store: one `RateLimitHit` row per failure or counted action, keyed by what it limits
 * ("follow-up:<client>", "sign-in:account:<hash>", "draft:alla"). Everything is read from the database, so every
 * instance sees the same counts; nothing is kept in memory. The rules are in rate-limit-policy.ts.
 *
 * For a secret (a code, a password, a TOTP code):
 *   1. `await waitBeforeCheck(db, clientKeyName, policy, now)`: more than 0 means this client must wait; refuse
 *      without checking the secret (only the guesser's own failures make it wait).
 *   2. Check the secret. A right secret is never refused because of anyone else's failures.
 *   3. On a wrong secret: `await recordFailure(db, key, now)` for each key, and `await slowDown(...)` for shared
 *      keys (an account, the service), which delays the failure's answer a little and never refuses.
 * For an action an anonymous client can repeat: `await takeFromCaps(db, [{ key, cap }, …], now)` counts it and says
 * whether it is still within every cap.
 */

type Db = Pick<PrismaClient, "rateLimitHit" | "$transaction">;

function since(windowMinutes: number, now: Date) {
  return new Date(now.getTime() - windowMinutes * 60_000);
}

export async function readFailures(
  db: Pick<PrismaClient, "rateLimitHit">,
  key: string,
  windowMinutes: number,
  now: Date,
): Promise<FailureHistory> {
  const { _count, _max } = await db.rateLimitHit.aggregate({
    where: { key, createdAt: { gt: since(windowMinutes, now), lte: now } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  return { failures: _count._all, lastFailureAt: _max.createdAt };
}

export async function recordFailure(db: Pick<PrismaClient, "rateLimitHit">, key: string, now: Date) {
  await db.rateLimitHit.create({ data: { key, createdAt: now } });
}

/** How long the key must still wait because of its own failures (0: go ahead). */
export async function waitBeforeCheck(
  db: Pick<PrismaClient, "rateLimitHit">,
  key: string,
  policy: BackoffPolicy,
  now: Date,
): Promise<number> {
  return remainingWaitMs(policy, await readFailures(db, key, policy.windowMinutes, now), now);
}

/**
 * Records a failure on a shared key and holds the failure's answer back for the policy's growing delay. Only the
 * failing request waits: the right secret is answered at once whatever this key holds.
 */
export async function slowDown(
  db: Pick<PrismaClient, "rateLimitHit">,
  key: string,
  policy: BackoffPolicy,
  now: Date,
): Promise<number> {
  await recordFailure(db, key, now);
  const { failures } = await readFailures(db, key, policy.windowMinutes, now);
  const delay = backoffMs(policy, failures);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  return delay;
}

/**
 * Counts one action against every cap it falls under and says whether it may go ahead; an action over any cap is
 * counted against none. Transaction-scoped advisory locks on the keys make concurrent requests on any instance
 * count one at a time.
 */
export async function takeFromCaps(
  db: Db,
  limits: readonly { key: string; cap: CapPolicy }[],
  now: Date,
): Promise<boolean> {
  const ordered = [...limits].sort((a, b) => a.key.localeCompare(b.key));
  return db.$transaction(async (tx) => {
    for (const { key } of ordered) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    for (const { key, cap } of ordered) {
      const count = await tx.rateLimitHit.count({
        where: { key, createdAt: { gt: since(cap.windowMinutes, now), lte: now } },
      });
      if (isCapReached(cap, count)) return false;
    }
    await tx.rateLimitHit.createMany({ data: ordered.map(({ key }) => ({ key, createdAt: now })) });
    return true;
  });
}

/** Whether the key has `max` or more failures in the window. */
export async function isRateLimited(
  db: Pick<PrismaClient, "rateLimitHit">,
  key: string,
  options: { max: number; windowMinutes: number; now: Date },
): Promise<boolean> {
  const { failures } = await readFailures(db, key, options.windowMinutes, options.now);
  return failures >= options.max;
}
