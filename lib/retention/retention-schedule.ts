import "server-only";
import * as z from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { logError } from "@/lib/log";
import { runRetention, type RetentionSummary } from "@/lib/retention/run-retention";

/** The Setting row that says when the daily run last started, shared by every instance on the database. */
export const RETENTION_LAST_RUN_KEY = "retention:lastRun";
/** Key of the transaction-level advisory lock around claiming the day's run: any fixed number. */
const RETENTION_LOCK_KEY = 4_270_611_358_202;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** A run counts for the day: the next may start this long after it (a little under a day, so it doesn't drift). */
const RUN_EVERY_MS = 20 * HOUR_MS;
/** The first look after the server starts, once it has settled. */
const FIRST_CHECK_MS = 2 * MINUTE_MS;
/** How often the app looks whether the day's run is due. */
const CHECK_EVERY_MS = HOUR_MS;

const ZLastRun = z.object({ at: z.iso.datetime() });

/**
 * Claims the day's run for this instance. Under the advisory lock only one instance reads and writes the Setting
 * row at a time, so of several instances starting together exactly one gets the run; the others find it taken.
 */
export async function claimDailyRun(db: PrismaClient, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
      SELECT pg_try_advisory_xact_lock(${RETENTION_LOCK_KEY}::bigint) AS locked`;
    if (!lock?.locked) return false;
    const row = await tx.setting.findUnique({ where: { key: RETENTION_LAST_RUN_KEY } });
    const last = ZLastRun.safeParse(row?.value);
    if (last.success && now.getTime() - Date.parse(last.data.at) < RUN_EVERY_MS) return false;
    const value = { at: now.toISOString() };
    await tx.setting.upsert({
      where: { key: RETENTION_LAST_RUN_KEY },
      create: { key: RETENTION_LAST_RUN_KEY, value },
      update: { value },
    });
    return true;
  });
}

/** The daily run when it is this instance's to do; null when another instance or an earlier run today has it. */
export async function runScheduledRetention(
  db: PrismaClient,
  now = new Date(),
): Promise<RetentionSummary | null> {
  if (!(await claimDailyRun(db, now))) return null;
  return runRetention(db, { trigger: "schedule", now });
}

const globalForSchedule = globalThis as unknown as { bisRetentionSchedule?: NodeJS.Timeout };

/**
 * Starts the daily gallring inside the app (called once from instrumentation.ts at server start). The timers are
 * unref'd, so they never keep the process alive; a failed run is logged and tried again at the next check.
 * RETENTION_DAILY=false leaves it to `npm run retention`.
 */
export function startRetentionSchedule(): boolean {
  if (!env.RETENTION_DAILY || globalForSchedule.bisRetentionSchedule) return false;
  const check = () => {
    getDb()
      .then((db) => runScheduledRetention(db))
      .catch((error: unknown) => logError("retention/schedule", error));
  };
  setTimeout(check, FIRST_CHECK_MS).unref();
  globalForSchedule.bisRetentionSchedule = setInterval(check, CHECK_EVERY_MS).unref();
  return true;
}
