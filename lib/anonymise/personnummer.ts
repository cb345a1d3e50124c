/**
 * Checks for Swedish personnummer and samordningsnummer. Both are YYMMDD + three-digit birth number + a Luhn
 * check digit computed over the ten digits; a samordningsnummer adds 60 to the day.
 */

export type PersonnummerKind = "personnummer" | "samordningsnummer";

const SAMORDNING_DAY_OFFSET = 60;

/** The Luhn check digit for a run of digits: weights 2, 1, 2, 1 … from the left, as Skatteverket computes it. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    const product = Number(digits[index]) * (index % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit is the Luhn check digit of the ones before it (ten digits for a personnummer). */
export function hasValidLuhnChecksum(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits.at(-1));
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether the day exists in that month of that year (2024-02-29 does, 2025-02-29 and 2025-04-31 do not). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= daysInMonth[month - 1]!;
}

export interface PersonnummerReading {
  kind: PersonnummerKind;
  /** The ten digits YYMMDDNNNC the check digit is computed over. */
  digits: string;
  /** The birth date exists (after taking 60 off a samordningsnummer's day). */
  hasValidDate: boolean;
  hasValidChecksum: boolean;
}

/**
 * Reads a number written as a personnummer or samordningsnummer: 10 or 12 digits, separators already removed.
 * Null when the month or day could not belong to one at all (month 13, day 45), so such numbers are not
 * taken for an identifier.
 */
export function readPersonnummer(digitsOnly: string): PersonnummerReading | null {
  if (!/^(?:\d{10}|\d{12})$/.test(digitsOnly)) return null;
  const century = digitsOnly.length === 12 ? Number(digitsOnly.slice(0, 2)) : null;
  if (century !== null && (century < 18 || century > 20)) return null;
  const digits = digitsOnly.slice(-10);
  const yy = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const rawDay = Number(digits.slice(4, 6));
  const isSamordning = rawDay > SAMORDNING_DAY_OFFSET;
  const day = isSamordning ? rawDay - SAMORDNING_DAY_OFFSET : rawDay;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  // Without the century the year is 19YY or 20YY (18YY with a plus); only 29 February can tell them apart.
  const years = century !== null ? [century * 100 + yy] : [1800 + yy, 1900 + yy, 2000 + yy];
  return {
    kind: isSamordning ? "samordningsnummer" : "personnummer",
    digits,
    hasValidDate: years.some((year) => isValidDate(year, month, day)),
    hasValidChecksum: hasValidLuhnChecksum(digits),
  };
}

/** A valid personnummer or samordningsnummer: a real birth date and a correct check digit. */
export function isValidPersonnummer(text: string): boolean {
  const reading = readPersonnummer(text.replace(/[\s+\-–]/g, ""));
  return reading !== null && reading.hasValidDate && reading.hasValidChecksum;
}
