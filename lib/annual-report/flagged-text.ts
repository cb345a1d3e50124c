import type { IdentifierKind } from "@/lib/anonymise/identifier-kinds";

/** A text the server's full check thinks may identify someone: saved, but pointed out to the writer. */
export interface FlaggedText {
  /** The section's name: "Sammanfattning", "kommunikation". */
  section: string;
  kinds: IdentifierKind[];
  matches: string[];
}
