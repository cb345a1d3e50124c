const DATE = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeZone: "Europe/Stockholm" });
const DATE_TIME = new Intl.DateTimeFormat("sv-SE", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/Stockholm",
});
const ISO_DAY = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" });

/** "4 mars 2026": for dates and for calendar-only columns (@db.Date is midnight UTC, the same day in Sweden). */
export function formatDate(date: Date | null | undefined): string {
  return date ? DATE.format(date) : "";
}

/** "4 mars 2026 14:05", Swedish time: for the timeline. */
export function formatDateTime(date: Date): string {
  return DATE_TIME.format(date);
}

/** "2026-03-04": for a <time dateTime> attribute. */
export function isoDay(date: Date): string {
  return ISO_DAY.format(date);
}
