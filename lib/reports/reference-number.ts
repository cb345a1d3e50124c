import { swedishYear } from "@/lib/dates";

/** BIS-<year>-<sequence>: the reference a reporter and the coordinators use for a brist. */
export function formatReference(year: number, sequence: number): string {
  return `BIS-${year}-${String(sequence).padStart(4, "0")}`;
}

/** The year a submission belongs to, in Swedish time (a report sent just after midnight on New Year counts for the new year). */
export function referenceYear(at: Date): number {
  return swedishYear(at);
}
