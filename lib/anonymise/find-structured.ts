import { hitAt, type IdentifierHit } from "@/lib/anonymise/identifier-kinds";
import { isValidDate, readPersonnummer } from "@/lib/anonymise/personnummer";
import { MONTH_NAMES } from "@/lib/dates";

// Identifiers with a fixed shape: numbers, e-mail, addresses, dates and ages. Each finder returns hits with
// spans; overlaps between kinds are settled afterwards by kind priority.

// Swedish words start and end with letters JavaScript's \b does not know (å, ä, ö), so boundaries are lookarounds.
const NOT_AFTER_WORD = "(?<![\\p{L}\\d])";
const NOT_BEFORE_WORD = "(?![\\p{L}\\d])";

function* matches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    yield match;
    if (match[0] === "") pattern.lastIndex++;
  }
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, "");
}

// ---------------------------------------------------------------------------------------------------------------
// Personnummer and samordningsnummer

const PERSONNUMMER_CANDIDATE =
  /(?<![\p{L}\d+/])((?:18|19|20)?\d{6})([ \t]?[-+–][ \t]?|[ \t])?(\d{4})(?![\p{L}\d])/gu;
// Words just before a number that say it is a phone number, for the rare mobile number that also passes the checks.
const PHONE_CONTEXT =
  /(?:^|[^\p{L}])(?:tel|tfn|telefon\p{L}*|mobil\p{L}*|ring\p{L}*|sms\p{L}*|nås|nummer|nr)\.?:?\s*(?:på|till)?\s*$/iu;

/**
 * Finds numbers written as a personnummer or samordningsnummer. A number with a real date and a correct check
 * digit is certain; one that fails a check is possible, unless it is a ten-digit number starting with 0 and no
 * hyphen, which is then left to the phone number finder (0701234567 is a mobile number, not a personnummer).
 */
export function findPersonnummer(text: string): IdentifierHit[] {
  const hits: IdentifierHit[] = [];
  for (const match of matches(text, PERSONNUMMER_CANDIDATE)) {
    const [whole, datePart = "", separator = "", serial = ""] = match;
    const reading = readPersonnummer(datePart + serial);
    if (!reading) continue;
    const start = match.index;
    const end = start + whole.length;
    const isValid = reading.hasValidDate && reading.hasValidChecksum;
    const looksLikePhone = datePart.length === 6 && datePart.startsWith("0") && !/[-+–]/.test(separator);
    const saysPhone = PHONE_CONTEXT.test(text.slice(Math.max(0, start - 30), start));
    if (looksLikePhone && (!isValid || saysPhone)) continue;
    hits.push(hitAt(text, reading.kind, start, end, isValid ? "certain" : "possible"));
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------------------------
// Phone numbers

const PHONE_NATIONAL =
  /(?<![\p{L}\d+\-–/.,])(?:\(0\d{1,3}\)|0\d{1,3})(?:[ \t]?[-–/][ \t]?|[ \t])?\d{1,8}(?:(?:[ \t]?[-–][ \t]?|[ \t])\d{1,4}){0,4}(?![\p{L}\d])/gu;
const PHONE_INTERNATIONAL =
  /(?<![\p{L}\d+])(?:\+|00)\d{1,3}[ \t]?(?:\(0\)[ \t]?)?(?:[-–][ \t]?)?\d{1,4}(?:(?:[ \t]?[-–][ \t]?|[ \t])?\d{1,4}){1,5}(?![\p{L}\d])/gu;

const NATIONAL_DIGITS = { min: 8, max: 10 };
const INTERNATIONAL_DIGITS = { min: 9, max: 15 };

/** The longest prefix of a grouped number that stays within `max` digits (the rest is other text: "… 67 2 gånger"). */
function trimToDigitCount(candidate: string, max: number): string {
  let digits = 0;
  let end = 0;
  for (const group of candidate.matchAll(/\d+/g)) {
    if (digits + group[0].length > max) break;
    digits += group[0].length;
    end = group.index + group[0].length;
  }
  return candidate.slice(0, end);
}

export function findPhoneNumbers(text: string): IdentifierHit[] {
  const hits: IdentifierHit[] = [];
  for (const match of matches(text, PHONE_NATIONAL)) {
    const number = trimToDigitCount(match[0], NATIONAL_DIGITS.max);
    const count = digitsOf(number).length;
    if (count >= NATIONAL_DIGITS.min) {
      hits.push(hitAt(text, "telefon", match.index, match.index + number.length));
    }
  }
  for (const match of matches(text, PHONE_INTERNATIONAL)) {
    // "(0)" is the trunk prefix some write after the country code; it is not part of the number.
    const number = trimToDigitCount(match[0], INTERNATIONAL_DIGITS.max + 1);
    const count = digitsOf(number.replace("(0)", "")).length;
    if (count >= INTERNATIONAL_DIGITS.min && count <= INTERNATIONAL_DIGITS.max) {
      hits.push(hitAt(text, "telefon", match.index, match.index + number.length));
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------------------------
// E-mail

// Every part is bounded (as in real addresses: 64 characters before the @, 63 per label), so a long run of letters
// with no address in it is scanned in linear time; unbounded parts made a 100,000-letter paste take seconds.
const EMAIL =
  /[\p{L}\d_%+-]{1,64}(?:\.[\p{L}\d_%+-]{1,64}){0,8}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){0,8}\.\p{L}{2,24}/gu;

export function findEmailAddresses(text: string): IdentifierHit[] {
  return Array.from(matches(text, EMAIL), (match) =>
    hitAt(text, "epost", match.index, match.index + match[0].length),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Street addresses and postnummer with ort

const STREET_ENDINGS = [
  "gatan",
  "gata",
  "vägen",
  "väg",
  "gränden",
  "gränd",
  "stigen",
  "torget",
  "torg",
  "allén",
  "allé",
  "backen",
  "backe",
  "platsen",
  "leden",
  "stråket",
  "esplanaden",
  "kajen",
  "promenaden",
  "slingan",
  "liden",
  "vången",
].join("|");
const STREET_PREFIXES = "Norra|Södra|Östra|Västra|Stora|Lilla|Gamla|Nya|Övre|Nedre|Sankt|S:t";
// After a prefix the street word may be the ending alone, in either case: "Södra vägen", "Lilla Torget".
const ENDING_ALONE = STREET_ENDINGS.split("|")
  .flatMap((ending) => [ending, ending[0]!.toUpperCase() + ending.slice(1)])
  .join("|");
const STREET_NAME = `(?:(?:${STREET_PREFIXES})\\s+(?:\\p{Lu}\\p{Ll}*(?:${STREET_ENDINGS})|(?:${ENDING_ALONE}))|\\p{Lu}\\p{Ll}*(?:${STREET_ENDINGS}))`;
// A house letter is a capital (with or without a space) or a small letter right after the number: "5 B", "14A", "3b".
const HOUSE_NUMBER = "\\d{1,4}(?:[ \\t]?[A-H](?![\\p{L}\\d])|[a-h](?![\\p{L}\\d]))?";
const APARTMENT = "(?:,?[ \\t]+(?:lgh|lägenhet)\\.?[ \\t]*(?:nr\\.?[ \\t]*)?\\d{3,4})?";
const STREET_ADDRESS = new RegExp(
  `(?<![\\p{L}])${STREET_NAME}[ \\t]+${HOUSE_NUMBER}${APARTMENT}${NOT_BEFORE_WORD}`,
  "gu",
);

export function findStreetAddresses(text: string): IdentifierHit[] {
  return Array.from(matches(text, STREET_ADDRESS), (match) =>
    hitAt(text, "adress", match.index, match.index + match[0].length),
  );
}

const PLACE_PREFIXES = "Södra|Norra|Östra|Västra|Stora|Lilla|Skånes|Nya|Gamla";
const POSTAL_ADDRESS = new RegExp(
  `${NOT_AFTER_WORD}[1-9]\\d{2}[ \\u00a0]?\\d{2}[ \\t]+(?:(?:${PLACE_PREFIXES})[ \\t]+)?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?![\\p{L}])`,
  "gu",
);

export function findPostalAddresses(text: string): IdentifierHit[] {
  return Array.from(matches(text, POSTAL_ADDRESS), (match) =>
    hitAt(text, "postadress", match.index, match.index + match[0].length),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

// The first three letters of every name longer than that ("maj" is whole already), and "sept".
const MONTH_ABBREVIATIONS: Record<string, number> = Object.fromEntries(
  MONTH_NAMES.flatMap((name, i) => {
    const short = name.slice(0, 3);
    const forms = name === short ? [] : short === "sep" ? [short, "sept"] : [short];
    return forms.map((form) => [form, i + 1]);
  }),
);

/** The month number of a Swedish month name or its abbreviation, or null. */
export function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const full = MONTH_NAMES.indexOf(lower as (typeof MONTH_NAMES)[number]);
  if (full >= 0) return full + 1;
  return MONTH_ABBREVIATIONS[lower] ?? null;
}

const DAY = "(?:[12]\\d|3[01]|0?[1-9])";
const ORDINAL = "(?::[ea])?";
const MONTH_WORD = `(?:${MONTH_NAMES.join("|")}|${Object.keys(MONTH_ABBREVIATIONS).join("|")})`;
const DATE_WITH_MONTH_NAME = new RegExp(
  `${NOT_AFTER_WORD}(${DAY})${ORDINAL}(?:[ \\t]?[-–][ \\t]?${DAY}${ORDINAL})?[ \\t]+(${MONTH_WORD})(?:[ \\t]+((?:19|20)\\d{2}))?${NOT_BEFORE_WORD}`,
  "giu",
);
const ISO_DATE = /(?<![\p{L}\d-])((?:19|20)\d{2})-(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])(?![\d])/gu;
const COMPACT_DATE = /(?<![\p{L}\d+-])((?:19|20)\d{2})(0[1-9]|1[0-2])([0-2]\d|3[01])(?![\p{L}\d-])/gu;
const SLASH_DATE = new RegExp(
  `(?<![\\p{L}\\d/.])(${DAY})/(0?[1-9]|1[0-2])(?:[-–]((?:19|20)?\\d{2})|[ \\t]((?:19|20)\\d{2})|/((?:19|20)?\\d{2}))?(?![\\d/])`,
  "gu",
);
const DOTTED_DATE = new RegExp(
  `(?<![\\p{L}\\d.])(${DAY})\\.(0?[1-9]|1[0-2])\\.((?:19|20)?\\d{2})(?![\\d.])`,
  "gu",
);
// "1/2 tid", "3/4 av", "1/2-tjänst" and "24/7" are fractions, not dates.
const FRACTION_FOLLOWS = /^(?:\s*(?:av|dels|del|tid|tjänst\p{L}*|procent)(?![\p{L}])|-\p{L})/u;

/** Any leap year: a date without a year may be 29 February. */
const SOME_LEAP_YEAR = 2024;

function yearOf(written: string | undefined): number {
  if (!written) return SOME_LEAP_YEAR;
  return written.length === 2 ? 2000 + Number(written) : Number(written);
}

export function findDates(text: string): IdentifierHit[] {
  const hits: IdentifierHit[] = [];
  const add = (match: RegExpExecArray, year: number, month: number, day: number) => {
    if (isValidDate(year, month, day)) {
      hits.push(hitAt(text, "datum", match.index, match.index + match[0].length));
    }
  };
  for (const match of matches(text, DATE_WITH_MONTH_NAME)) {
    add(match, yearOf(match[3]), monthNumber(match[2]!) ?? 0, Number(match[1]));
  }
  for (const pattern of [ISO_DATE, COMPACT_DATE]) {
    for (const match of matches(text, pattern))
      add(match, Number(match[1]), Number(match[2]), Number(match[3]));
  }
  for (const match of matches(text, SLASH_DATE)) {
    const writtenYear = match[3] ?? match[4] ?? match[5];
    const isFraction = !writtenYear && FRACTION_FOLLOWS.test(text.slice(match.index + match[0].length));
    if (match[0] === "24/7" || isFraction) continue;
    add(match, yearOf(writtenYear), Number(match[2]), Number(match[1]));
  }
  for (const match of matches(text, DOTTED_DATE)) {
    add(match, yearOf(match[3]), Number(match[2]), Number(match[1]));
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------------------------
// Ages

const AGE_WORD_FORM =
  /(?<![\p{L}\d])\d{1,3}[ \t]?[-–][ \t]?(?:åringen|åring|årige|åriga|årigt|årig)(?![\p{L}])/giu;
const AGE_OLD = /(?<![\p{L}\d])\d{1,3}[ \t]+år[ \t]+(?:gammal|gamla|gammalt)(?![\p{L}])/giu;
const AGE_OF = /(?<![\p{L}\d])\d{1,3}[ \t]+års[ \t]+ålder(?![\p{L}])/giu;
// "är 45 år", "fyllde 18 år": a verb of being or becoming before the number says it is someone's age.
const AGE_AFTER_VERB =
  /(?<![\p{L}])(?:är|var|blir|blev|vara|bli|blivit|fyller|fyllde|fyllt)[ \t]+(?:nu[ \t]+|snart[ \t]+|bara[ \t]+|endast[ \t]+)?(\d{1,3}[ \t]+år)(?![\p{L}])/giu;
// … unless what follows makes it a span of time or a comparison: "var 3 år sedan", "är 2 år kvar",
// "är 2 år äldre", "var 12 år eller yngre".
const TIME_SPAN_FOLLOWS =
  /^[ \t]+(?:sedan|senare|tidigare|tillbaka|kvar|framåt|till|i[ \t]+rad|äldre|yngre|före|efter|för|(?:eller|och)[ \t]+(?:äldre|yngre|uppåt|över|mer))(?![\p{L}])/iu;
// … or what comes before makes it a length of time: "Väntetiden är 2 år", "Det var 3 år".
const TIME_SUBJECT_BEFORE =
  /(?:\p{L}*(?:tid|tiden|väntan|kön|straffet|perioden)|(?<![\p{L}])(?:det|detta))[ \t]+$/iu;
// "Pojken, 14 år, …" and "Pojken (14 år)": an age set off as an aside.
const AGE_ASIDE = /(?<=(?:,|\()[ \t]?)(\d{1,3}[ \t]+år)(?=[ \t]?[,)])/gu;

export function findAges(text: string): IdentifierHit[] {
  const hits: IdentifierHit[] = [];
  for (const pattern of [AGE_WORD_FORM, AGE_OLD, AGE_OF]) {
    for (const match of matches(text, pattern)) {
      hits.push(hitAt(text, "alder", match.index, match.index + match[0].length));
    }
  }
  for (const match of matches(text, AGE_AFTER_VERB)) {
    const start = match.index + match[0].length - match[1]!.length;
    const end = match.index + match[0].length;
    if (TIME_SPAN_FOLLOWS.test(text.slice(end))) continue;
    if (TIME_SUBJECT_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    hits.push(hitAt(text, "alder", start, end));
  }
  for (const match of matches(text, AGE_ASIDE)) {
    hits.push(hitAt(text, "alder", match.index, match.index + match[0].length));
  }
  return hits;
}
