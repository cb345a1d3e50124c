/** Time and dates as Swedish staff read them: every day, year and printed date is Swedish time. */
export const TIME_ZONE = "Europe/Stockholm";
const DAY_MS = 86_400_000;

/** The Swedish month names, lower-case, January first. */
export const MONTH_NAMES = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
] as const;

const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Swedish time minus UTC at `at`, in milliseconds (one or two hours). */
function stockholmOffsetMs(at: number): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - (at - (at % 1000));
}

/** Midnight Swedish time at the start of `date` (YYYY-MM-DD), as an instant. */
export function stockholmDayStart(date: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(year, month - 1, day);
  const first = midnightUtc - stockholmOffsetMs(midnightUtc);
  // Around a daylight-saving switch the offset at the result can differ from the first guess.
  return new Date(midnightUtc - stockholmOffsetMs(first));
}

/** The instants [from, to) covering whole Swedish days from `from` to `to`, both inclusive. */
export function stockholmDayRange(from?: string, to?: string): { gte?: Date; lt?: Date } {
  return {
    gte: from ? stockholmDayStart(from) : undefined,
    lt: to ? stockholmDayStart(nextDay(to)) : undefined,
  };
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

// Made once: making a formatter costs far more than formatting, which statistics over many cases do.
const DATE_FORMAT = new Intl.DateTimeFormat("sv-SE", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const DATE_TIME_FORMAT = new Intl.DateTimeFormat("sv-SE", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** YYYY-MM-DD in Swedish time. */
export function stockholmDate(at: Date): string {
  return DATE_FORMAT.format(at);
}

/** "2026-03-01 14:05:09" in Swedish time. */
export function stockholmDateTime(at: Date): string {
  return DATE_TIME_FORMAT.format(at);
}

/** The last Swedish day of a range whose end is exclusive (as stored for a loggkontroll). */
export function stockholmLastDay(exclusiveEnd: Date): string {
  return stockholmDate(new Date(exclusiveEnd.getTime() - 1));
}

/** Today as YYYY-MM-DD in Swedish time, read at each call: just after midnight the UTC date is still yesterday's. */
export function swedishToday(): string {
  return stockholmDate(new Date());
}

/** The calendar year in Swedish time (a report sent just after midnight on New Year counts for the new year). */
export function swedishYear(at: Date): number {
  return Number(stockholmDate(at).slice(0, 4));
}

/** A YYYY-MM-DD that names a day in the calendar; Date would quietly turn 2026-02-30 into 2 March. */
export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const LONG_DATE = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeZone: TIME_ZONE });
const MEDIUM_DATE_TIME = new Intl.DateTimeFormat("sv-SE", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: TIME_ZONE,
});

/** "4 mars 2026": for dates and for calendar-only columns (@db.Date is midnight UTC, the same day in Sweden). */
export function formatDate(date: Date | null | undefined): string {
  return date ? LONG_DATE.format(date) : "";
}

/** "4 mars 2026 14:05", Swedish time: for timelines and messages. */
export function formatDateTime(date: Date): string {
  return MEDIUM_DATE_TIME.format(date);
}
