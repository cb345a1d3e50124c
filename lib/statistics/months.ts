import { MONTH_NAMES } from "@/lib/dates";
import { afterYearLabel, beforeYearLabel } from "./labels";
import type { StatCase } from "./types";

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export interface YearMonth {
  year: number;
  /** 1–12. */
  month: number;
}

/** "2026-03" as { year: 2026, month: 3 }; a RangeError for anything else. */
export function parseMonth(value: string): YearMonth {
  const match = MONTH_PATTERN.exec(value);
  if (!match) throw new RangeError(`Not a month (YYYY-MM): ${JSON.stringify(value)}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/**
 * The month a brist is counted in: the month of the event when known, otherwise the month it was submitted.
 * The event month is what the arbetsgrupp looks for patterns in (holidays, summer staffing, weekend discharges);
 * the submitted month is always known and usually close to it.
 */
export function statisticsMonthOf(c: StatCase): { month: YearMonth; basis: "eventMonth" | "submittedMonth" } {
  if (c.eventMonth !== null) return { month: parseMonth(c.eventMonth), basis: "eventMonth" };
  return { month: parseMonth(c.submittedMonth), basis: "submittedMonth" };
}

export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** "mars 2026". */
export function monthLabel(year: number, month: number): string {
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

export const BEFORE_YEAR_KEY = "BEFORE";
export const AFTER_YEAR_KEY = "AFTER";

/**
 * The row of a month in a year's month breakdown: its own row within the year; months before the year (an event
 * reported the following year) share one row, as do months after it, so a rare early event gets no row of its own.
 */
export function monthRowOf(year: number, m: YearMonth): { key: string; label: string } {
  if (m.year < year) return { key: BEFORE_YEAR_KEY, label: beforeYearLabel(year) };
  if (m.year > year) return { key: AFTER_YEAR_KEY, label: afterYearLabel(year) };
  return { key: monthKey(m.year, m.month), label: monthLabel(m.year, m.month) };
}
