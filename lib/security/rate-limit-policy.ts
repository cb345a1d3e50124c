/**
 * The rate limits' rules, pure so they can be tested without a database. Two kinds of limit:
 *
 * - A back-off on failures (wrong codes, wrong passwords): the first `free` failures in the window cost nothing,
 *   then each further one makes the key wait `baseMs`, doubling per failure up to `maxMs`, counted from its
 *   latest failure. Used per client, where the waiting falls on the guesser, and with a small `maxMs` on shared
 *   keys (an account, the whole service), where it only slows failures down and never refuses anyone.
 * - A cap on actions (drafts started, mails sent): at most `max` in the window.
 */

export interface BackoffPolicy {
  /** Failures older than this no longer count. */
  windowMinutes: number;
  /** Failures in the window before any waiting. */
  free: number;
  /** The wait after the first failure past the free ones; it doubles with each further failure. */
  baseMs: number;
  maxMs: number;
}

export interface CapPolicy {
  windowMinutes: number;
  max: number;
}

/** A key's failures within its window, as the store reads them. */
export interface FailureHistory {
  failures: number;
  lastFailureAt: Date | null;
}

/** How long a key with this many failures waits after its latest one. */
export function backoffMs(policy: BackoffPolicy, failures: number): number {
  const beyond = failures - policy.free;
  if (beyond < 0) return 0;
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(beyond, 40));
}

/** How much of the key's wait is left now: 0 when it may try again. */
export function remainingWaitMs(policy: BackoffPolicy, history: FailureHistory, now: Date): number {
  if (!history.lastFailureAt) return 0;
  const elapsed = now.getTime() - history.lastFailureAt.getTime();
  return Math.max(0, backoffMs(policy, history.failures) - elapsed);
}

export function isCapReached(policy: CapPolicy, count: number): boolean {
  return count >= policy.max;
}

/** "1 minut", "12 minuter": a wait as the refusal says it, rounded up to whole minutes. */
export function waitText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes === 1 ? "1 minut" : `${minutes} minuter`;
}
