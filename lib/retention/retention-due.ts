import type { CaseStatus } from "@/generated/prisma/enums";

/**
 * Gallring's rules, without a database: a closed (AVSLUTAD) case's original text and contact details are erased
 * once the retention period has passed since it was closed, unless a legal hold stops it. The period counts in
 * whole calendar years from the moment of closing (UTC), so it ends at the same time of day N years later; a case
 * closed on 29 February ends on 1 March in a year without one.
 */

/** How far ahead the coordinators are shown what gallring will erase. */
export const UPCOMING_ERASURE_DAYS = 30;

const DAY_MS = 86_400_000;

export interface RetentionState {
  status: CaseStatus;
  /** When the case last became AVSLUTAD; null while it is open. */
  closedAt: Date | null;
  erasedAt: Date | null;
  /** Set while a legal hold stops gallring. */
  legalHoldAt: Date | null;
}

function plusYears(at: Date, years: number): Date {
  const date = new Date(at.getTime());
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date;
}

/** When the retention period of a case closed at `closedAt` ends. */
export function erasureDate(closedAt: Date, years: number): Date {
  return plusYears(closedAt, years);
}

/** Closed, and closed for at least `years` at `now`: whatever the legal hold says. */
export function isRetentionOver(state: RetentionState, years: number, now: Date): boolean {
  return (
    state.status === "AVSLUTAD" &&
    state.closedAt !== null &&
    erasureDate(state.closedAt, years).getTime() <= now.getTime()
  );
}

/** Gallring erases this case at `now`: retention over, not erased yet, no legal hold. */
export function isErasureDue(state: RetentionState, years: number, now: Date): boolean {
  return isRetentionOver(state, years, now) && state.erasedAt === null && state.legalHoldAt === null;
}

/**
 * Gallring will erase this case within `days` of `now` unless something changes: the cases already due (erased at
 * the next run) and those whose period ends in the window. Held and erased cases are not.
 */
export function isErasureUpcoming(
  state: RetentionState,
  years: number,
  now: Date,
  days = UPCOMING_ERASURE_DAYS,
): boolean {
  return isErasureDue(state, years, new Date(now.getTime() + days * DAY_MS));
}

/**
 * For a database query: every case whose retention period is over at `at` was closed on or before this instant.
 * It is a day on the safe side (a 29 February), so the query narrows and the rules above decide.
 */
export function closedOnOrBefore(at: Date, years: number): Date {
  return new Date(plusYears(at, -years).getTime() + DAY_MS);
}

/** The instant `years` calendar years before `at`. */
export function yearsBefore(at: Date, years: number): Date {
  return plusYears(at, -years);
}
