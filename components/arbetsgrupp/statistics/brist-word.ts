/** "brist" after a count of one ("1", "1 (visas som <3 …)"), else "brister" ("<3 brister", "12 brister"). */
export function bristWord(count: string): string {
  return /^1(\s|$)/.test(count) ? "brist" : "brister";
}
