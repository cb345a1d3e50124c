import { monthNumber } from "@/lib/anonymise/find-structured";
import { MONTH_NAMES } from "@/lib/dates";

const YEAR = "((?:19|20)?\\d{2})";
const NUMERIC_FORMS: ReadonlyArray<{ pattern: RegExp; month: number; year: number }> = [
  { pattern: /^((?:19|20)\d{2})-(\d{1,2})-\d{1,2}$/, month: 2, year: 1 }, // 2025-03-12
  { pattern: /^((?:19|20)\d{2})(\d{2})\d{2}$/, month: 2, year: 1 }, // 20250312
  { pattern: new RegExp(`^\\d{1,2}/(\\d{1,2})(?:(?:[-–/]|\\s)${YEAR})?$`), month: 1, year: 2 }, // 12/3, 12/3-25
  { pattern: new RegExp(`^\\d{1,2}\\.(\\d{1,2})\\.${YEAR}$`), month: 1, year: 2 }, // 12.3.2025
];
// 3 mars 2025, 3:e mars, 5–7 maj
const WITH_MONTH_NAME =
  /^\d{1,2}(?::[ea])?(?:\s?[-–]\s?\d{1,2}(?::[ea])?)?\s+(\p{L}+)(?:\s+((?:19|20)\d{2}))?$/u;

function fullYear(written: string | undefined): string | null {
  if (!written) return null;
  return written.length === 2 ? `20${written}` : written;
}

function monthAndYear(month: number, year: string | null): string | null {
  const name = MONTH_NAMES[month - 1];
  if (!name) return null;
  return year ? `${name} ${year}` : name;
}

/**
 * The month of an exact date as staff write it, with the year when the date had one: "2025-03-12" and
 * "den 3 mars 2025" become "mars 2025", "12/3" becomes "mars". Null for text that is not such a date.
 * A month is coarse enough to keep what happened when without pointing at one person's day.
 */
export function coarsenDate(dateText: string): string | null {
  const text = dateText.trim().replace(/^den\s+/i, "");
  for (const form of NUMERIC_FORMS) {
    const match = form.pattern.exec(text);
    if (match) return monthAndYear(Number(match[form.month]), fullYear(match[form.year]));
  }
  const named = WITH_MONTH_NAME.exec(text);
  const month = named ? monthNumber(named[1]!) : null;
  return month ? monthAndYear(month, fullYear(named![2])) : null;
}
