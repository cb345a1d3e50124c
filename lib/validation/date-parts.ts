import { isRealDate } from "@/lib/dates";

/**
 * A date typed in three fields (dag, månad, år), GOV.UK's date input. The form keeps it as one string, the parts as
 * typed joined by "-" in ISO order ("2026-3-" while the day is missing), so a stored "2026-03-01" opens as it was and
 * the schemas that take "YYYY-MM-DD" still read it. A month alone ("only the month is known") is "YYYY-MM".
 */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

const EMPTY: DateParts = { day: "", month: "", year: "" };

/** The typed parts of a stored value; a value that isn't in this shape opens as empty fields. */
export function splitDateParts(value: string | undefined, hasDay = true): DateParts {
  if (!value) return EMPTY;
  const parts = value.split("-");
  if (hasDay && parts.length === 3) return { year: parts[0]!, month: parts[1]!, day: parts[2]! };
  if (!hasDay && parts.length === 2) return { year: parts[0]!, month: parts[1]!, day: "" };
  return EMPTY;
}

/** The string the form keeps: "" when every field is empty. A "-" typed in a field is dropped. */
export function joinDateParts(parts: DateParts, hasDay = true): string {
  const clean = (part: string) => part.replace(/-/g, "").trim();
  const year = clean(parts.year);
  const month = clean(parts.month);
  const day = clean(parts.day);
  if (!year && !month && (!hasDay || !day)) return "";
  return hasDay ? `${year}-${month}-${day}` : `${year}-${month}`;
}

export type DateCheck = { ok: true; value: string } | { ok: false; message: string };

const NOT_REAL_DATE = "Datumet måste vara ett riktigt datum.";
const NOT_REAL_MONTH = "Månaden måste vara en riktig månad.";

function missingPartsMessage(missing: string[], subject: string): string {
  const list =
    missing.length === 1 ? missing[0]! : `${missing.slice(0, -1).join(", ")} och ${missing.at(-1)!}`;
  return `${subject} måste innehålla ${list}.`;
}

/**
 * Checks a typed date (or month when `hasDay` is false) the way GOV.UK's pattern does: an empty value, a missing
 * part, something that is not a real date, a date in the future. Returns the normalised "YYYY-MM-DD" ("YYYY-MM").
 * `today` is "YYYY-MM-DD" in Swedish time; without it, future dates are allowed (a target date).
 */
export function checkDateParts(
  value: string,
  options: { hasDay?: boolean; emptyMessage: string; today?: string },
): DateCheck {
  const hasDay = options.hasDay ?? true;
  const subject = hasDay ? "Datumet" : "Månaden";
  if (value.trim() === "") return { ok: false, message: options.emptyMessage };
  // Not in the form's shape (typed elsewhere, or a stored value that was free text): not a date.
  if (value.split("-").length !== (hasDay ? 3 : 2)) {
    return { ok: false, message: hasDay ? NOT_REAL_DATE : NOT_REAL_MONTH };
  }
  const parts = splitDateParts(value, hasDay);
  const fields = hasDay
    ? ([
        ["en dag", parts.day],
        ["en månad", parts.month],
        ["ett år", parts.year],
      ] as const)
    : ([
        ["en månad", parts.month],
        ["ett år", parts.year],
      ] as const);
  const missing = fields.filter(([, part]) => part === "").map(([name]) => name);
  if (missing.length === fields.length) return { ok: false, message: options.emptyMessage };
  if (missing.length > 0) return { ok: false, message: missingPartsMessage(missing, subject) };
  if (fields.some(([, part]) => !/^\d+$/.test(part))) {
    return { ok: false, message: hasDay ? NOT_REAL_DATE : NOT_REAL_MONTH };
  }
  if (parts.year.length !== 4) return { ok: false, message: "Året måste ha fyra siffror." };
  const month = parts.month.padStart(2, "0");
  if (!hasDay) {
    if (month.length !== 2 || Number(month) < 1 || Number(month) > 12) {
      return { ok: false, message: NOT_REAL_MONTH };
    }
    const normalised = `${parts.year}-${month}`;
    if (options.today && normalised > options.today.slice(0, 7)) {
      return { ok: false, message: "Månaden kan inte vara i framtiden." };
    }
    return { ok: true, value: normalised };
  }
  const normalised = `${parts.year}-${month}-${parts.day.padStart(2, "0")}`;
  if (!isRealDate(normalised)) return { ok: false, message: NOT_REAL_DATE };
  if (options.today && normalised > options.today) {
    return { ok: false, message: "Datumet kan inte vara i framtiden." };
  }
  return { ok: true, value: normalised };
}
