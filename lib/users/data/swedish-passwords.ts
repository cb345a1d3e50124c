import { MONTH_NAMES } from "@/lib/dates";

/**
 * A hand-kept Swedish supplement to the published list in breached-passwords.ts, which is drawn from mostly
 * English-speaking leaks: Swedish passwords of 12 characters or more of the kinds that head the published lists
 * (a word repeated or padded with a digit run), lower-case. Compared case-insensitively.
 *
 * `SWEDISH_BASES` are words people pad with digits and punctuation to reach the length ("Sommar2024!!"): a password
 * that is one of them plus only digits and symbols is refused, like the padded words of the published list. The
 * first few are the spellings of "password" and "admin" that the published list has only padded.
 */
export const SWEDISH_PASSWORDS: readonly string[] = [
  "lösenord1234",
  "losenord1234",
  "lösenordlösenord",
  "lösenord123456",
  "välkommen123",
  "valkommen123",
  "välkommen1234",
  "qwertyuiopåasdfghjklöä",
  "asdfghjklöä123",
  "hejhejhejhej",
  "hejsanhejsan",
  "sverige12345",
  "sverigesverige",
  "stockholm123",
  "stockholm1234",
  "göteborg1234",
  "goteborg1234",
  "kommunen1234",
  "kommun123456",
];

export const SWEDISH_BASES: readonly string[] = [
  "passw0rd",
  "p@ssw0rd",
  "p@ssword",
  "admin",
  "administrator",
  "lösenord",
  "losenord",
  "välkommen",
  "valkommen",
  "sommar",
  "vinter",
  "våren",
  "varen",
  "hösten",
  "hosten",
  "vår",
  "höst",
  ...MONTH_NAMES,
  "sverige",
  "stockholm",
  "göteborg",
  "malmö",
  "kommun",
  "kommunen",
  "hejsan",
  "qwertyuiopå",
  "asdfghjklöä",
];
