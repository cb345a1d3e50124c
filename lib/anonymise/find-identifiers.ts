import { findNames, type WordKnowledge } from "@/lib/anonymise/find-names";
import {
  findAges,
  findDates,
  findEmailAddresses,
  findPersonnummer,
  findPhoneNumbers,
  findPostalAddresses,
  findStreetAddresses,
} from "@/lib/anonymise/find-structured";
import { resolveOverlaps, type IdentifierHit } from "@/lib/anonymise/identifier-kinds";

export interface DetectOptions {
  /**
   * Names that are never a person's: the organisation, area and category names of the reference data. Words of
   * a multi-word name are allowed only together ("Region Skåne – BUP" allows "Region Skåne" and "BUP").
   */
  allow?: readonly string[];
}

/** Every finder over the text, overlaps settled by kind priority, in text order. */
export function findIdentifiers(
  text: string,
  options: DetectOptions,
  words?: WordKnowledge,
): IdentifierHit[] {
  if (!text) return [];
  return resolveOverlaps([
    ...findEmailAddresses(text),
    ...findPersonnummer(text),
    ...findPhoneNumbers(text),
    ...findPostalAddresses(text),
    ...findStreetAddresses(text),
    ...findDates(text),
    ...findAges(text),
    ...findNames(text, { allow: options.allow, words }),
  ]);
}
