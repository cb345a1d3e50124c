const count = new Intl.NumberFormat("sv-SE");

/** What the inbox found, as the sentence above the list. */
export interface InboxFound {
  /** The number of cases found, or with totalCapped, the number they are more than. */
  total: number;
  totalCapped: boolean;
  /** The positions of the page's first and last case in the whole list, from 1. */
  first: number;
  last: number;
  isFiltered: boolean;
}

/**
 * "Visar 1–25 av 120 brister som matchar filtret.", or for a search that found more than it counted, "Visar 1–25
 * av fler än 1 000 brister som matchar filtret." Numbers are written the Swedish way, with a space (no-break) per
 * thousand.
 */
export function foundSentence({ total, totalCapped, first, last, isFiltered }: InboxFound): string {
  if (total === 0) return isFiltered ? "Inga brister matchar filtret." : "Det finns inga brister ännu.";
  const of = totalCapped ? `fler än ${count.format(total)}` : count.format(total);
  const noun = total === 1 && !totalCapped ? "brist" : "brister";
  return `Visar ${count.format(first)}–${count.format(last)} av ${of} ${noun}${isFiltered ? " som matchar filtret" : ""}.`;
}

/**
 * "sida 2 av 5" for the list's caption; "sida 2 av fler än 40" when the search stopped counting (then more cases
 * than `total` were found, so more pages than those `total` fills).
 */
export function pageOfPages(
  page: number,
  pageCount: number,
  total: number,
  totalCapped: boolean,
  pageSize: number,
) {
  return `sida ${page} av ${totalCapped ? `fler än ${Math.floor(total / pageSize)}` : pageCount}`;
}
