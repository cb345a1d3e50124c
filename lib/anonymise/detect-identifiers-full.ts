import {
  SWEDISH_PROPER_NOUNS,
  SWEDISH_STEMS,
  SWEDISH_SUFFIX_RULES,
} from "@/lib/anonymise/data/swedish-words";
import { findIdentifiers, type DetectOptions } from "@/lib/anonymise/find-identifiers";
import type { WordKnowledge } from "@/lib/anonymise/find-names";
import type { IdentifierHit } from "@/lib/anonymise/identifier-kinds";
import {
  createSwedishLexicon,
  decodeFrontCoded,
  parseStems,
  parseSuffixRules,
} from "@/lib/anonymise/swedish-lexicon";

export type { DetectOptions } from "@/lib/anonymise/find-identifiers";
export {
  IDENTIFIER_LABELS,
  type IdentifierConfidence,
  type IdentifierHit,
  type IdentifierKind,
} from "@/lib/anonymise/identifier-kinds";

// The full check, for the server only: it pulls in the Swedish dictionary data (about 1.7 MB of source).
// Importing this file from a client component would ship all of it to the browser.

let swedishWords: WordKnowledge | null = null;

/** Built on first use (some tens of milliseconds), then kept for the life of the process. */
function loadSwedishWords(): WordKnowledge {
  if (swedishWords) return swedishWords;
  const lexicon = createSwedishLexicon({
    stems: parseStems(SWEDISH_STEMS),
    rules: parseSuffixRules(SWEDISH_SUFFIX_RULES),
  });
  const properNouns = new Set(decodeFrontCoded(SWEDISH_PROPER_NOUNS));
  swedishWords = {
    isOrdinaryWord: (word) => lexicon.isWord(word),
    isKnownPlaceOrBrand: (word) => properNouns.has(word),
  };
  return swedishWords;
}

/**
 * Everything the light check finds, and also capitalised words that are neither Swedish words, known places
 * nor domain terms: surnames standing alone and names missing from the lists, as possible names.
 */
export function detectIdentifiers(text: string, options: DetectOptions = {}): IdentifierHit[] {
  return findIdentifiers(text, options, loadSwedishWords());
}
