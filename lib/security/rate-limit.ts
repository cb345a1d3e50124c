import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

/** Counts failures per key in a sliding window, in the database so it holds across restarts and instances. */
export async function isRateLimited(
  db: PrismaClient,
  key: string,
  options: { max: number; windowMinutes: number; now: Date },
): Promise<boolean> {
  const since = new Date(options.now.getTime() - options.windowMinutes * 60_000);
  const failures = await db.rateLimitHit.count({ where: { key, createdAt: { gt: since } } });
  return failures >= options.max;
}

export async function recordFailure(db: PrismaClient, key: string, now: Date) {
  await db.rateLimitHit.create({ data: { key, createdAt: now } });
}
