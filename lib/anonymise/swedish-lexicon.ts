/**
 * Tells ordinary Swedish words from other words, from the stems and suffix rules of a Hunspell dictionary
 * (dictionary-sv). Only the part of Hunspell the question needs: one suffix on a stem, and compounds built
 * from stems whose flags allow them first, in the middle or last, which Swedish needs ("boendestödet").
 */

export interface SuffixRule {
  /** The flag a stem must carry for the rule to apply to it. */
  flag: string;
  /** Removed from the stem before `add` is appended. */
  strip: string;
  add: string;
  /** Flags the suffixed form gains; the compound flags among them decide where it may stand in a compound. */
  continuation: string;
  /** What the end of the stem must look like (a Hunspell condition, as a regular expression). */
  condition: RegExp;
}

export interface LexiconSource {
  /** Lowercase stem → its flags. */
  stems: ReadonlyMap<string, string>;
  rules: readonly SuffixRule[];
}

// Flag letters as dictionary-sv's affix file declares them.
const COMPOUND_BEGIN = "X";
const COMPOUND_MIDDLE = "U";
const COMPOUND_END = "Y";
const COMPOUND_PERMIT = "W";
const ONLY_IN_COMPOUND = "Z";
const NEED_AFFIX = "¤";
const FORBIDDEN = "%";

const MAX_COMPOUND_PARTS = 4;
// The caches only save work on repeated words; bounded so a long-running server does not grow them forever.
const CACHE_LIMIT = 50_000;
const MIN_PART_LENGTH = 2;

interface Reading {
  flags: string;
  /** A suffixed form may stand inside a compound only when its suffix permits it. */
  isSuffixed: boolean;
  permitsCompounding: boolean;
}

export interface SwedishLexicon {
  /** True for a word form the dictionary accepts: a stem, a stem with a suffix, or a compound of them. */
  isWord(lowercaseWord: string): boolean;
}

export function createSwedishLexicon(source: LexiconSource): SwedishLexicon {
  const rulesByAdd = new Map<string, SuffixRule[]>();
  let longestAdd = 0;
  for (const rule of source.rules) {
    const list = rulesByAdd.get(rule.add) ?? [];
    list.push(rule);
    rulesByAdd.set(rule.add, list);
    longestAdd = Math.max(longestAdd, rule.add.length);
  }

  const readingsCache = new Map<string, Reading[]>();
  function readings(form: string): Reading[] {
    let found = readingsCache.get(form);
    if (!found) {
      found = uncachedReadings(form);
      if (readingsCache.size > CACHE_LIMIT) readingsCache.clear();
      readingsCache.set(form, found);
    }
    return found;
  }

  /** Every way the string can be read as a stem or a stem with one suffix, with the flags of that reading. */
  function uncachedReadings(form: string): Reading[] {
    const found: Reading[] = [];
    const bare = source.stems.get(form);
    if (bare !== undefined && !bare.includes(FORBIDDEN)) {
      found.push({ flags: bare, isSuffixed: false, permitsCompounding: false });
    }
    for (let addLength = 0; addLength <= Math.min(longestAdd, form.length - 1); addLength++) {
      const add = form.slice(form.length - addLength);
      for (const rule of rulesByAdd.get(add) ?? []) {
        const stem = form.slice(0, form.length - addLength) + rule.strip;
        const flags = source.stems.get(stem);
        if (flags === undefined || !flags.includes(rule.flag) || flags.includes(FORBIDDEN)) continue;
        if (!rule.condition.test(stem)) continue;
        found.push({
          flags: flags + rule.continuation,
          isSuffixed: true,
          permitsCompounding: rule.continuation.includes(COMPOUND_PERMIT),
        });
      }
    }
    return found;
  }

  function isStandalone(form: string): boolean {
    return readings(form).some(
      (reading) =>
        !reading.flags.includes(ONLY_IN_COMPOUND) &&
        (reading.isSuffixed || !reading.flags.includes(NEED_AFFIX)),
    );
  }

  function canStandInside(form: string, positionFlag: string): boolean {
    return readings(form).some(
      (reading) =>
        reading.flags.includes(positionFlag) &&
        (!reading.isSuffixed || reading.permitsCompounding) &&
        (reading.isSuffixed || !reading.flags.includes(NEED_AFFIX)),
    );
  }

  function canEnd(form: string): boolean {
    return readings(form).some((reading) => reading.flags.includes(COMPOUND_END));
  }

  /** Whether `word` from `start` on can be read as the rest of a compound: middle parts, then a last part. */
  function isCompoundTail(word: string, start: number, partsSoFar: number): boolean {
    const rest = word.slice(start);
    if (rest.length >= MIN_PART_LENGTH && canEnd(rest)) return true;
    if (partsSoFar + 1 >= MAX_COMPOUND_PARTS) return false;
    for (let end = start + MIN_PART_LENGTH; end <= word.length - MIN_PART_LENGTH; end++) {
      if (
        canStandInside(word.slice(start, end), COMPOUND_MIDDLE) &&
        isCompoundTail(word, end, partsSoFar + 1)
      ) {
        return true;
      }
    }
    return false;
  }

  function isCompound(word: string): boolean {
    for (let end = MIN_PART_LENGTH; end <= word.length - MIN_PART_LENGTH; end++) {
      if (!canStandInside(word.slice(0, end), COMPOUND_BEGIN)) continue;
      if (isCompoundTail(word, end, 1)) return true;
      // "fall" + "lucka" is written "fallucka": a triple letter at the joint is written as two.
      if (word[end - 1] === word[end - 2] && isCompoundTail(`${word[end - 1]}${word.slice(end)}`, 0, 1)) {
        return true;
      }
    }
    return false;
  }

  const wordCache = new Map<string, boolean>();
  return {
    isWord(lowercaseWord) {
      const cached = wordCache.get(lowercaseWord);
      if (cached !== undefined) return cached;
      const result = isStandalone(lowercaseWord) || isCompound(lowercaseWord);
      if (wordCache.size > CACHE_LIMIT) wordCache.clear();
      wordCache.set(lowercaseWord, result);
      return result;
    },
  };
}

/**
 * Reads a list written one entry a line, each line starting with one base-36 digit that says how many
 * leading characters it shares with the line before (front coding keeps the data file small).
 */
export function decodeFrontCoded(encoded: string): string[] {
  const lines: string[] = [];
  let previous = "";
  for (const line of encoded.split("\n")) {
    if (!line) continue;
    const shared = parseInt(line[0]!, 36);
    previous = previous.slice(0, shared) + line.slice(1);
    lines.push(previous);
  }
  return lines;
}

/** The inverse of decodeFrontCoded, for the data generator; the input must be sorted for it to pay off. */
export function encodeFrontCoded(entries: readonly string[]): string {
  let previous = "";
  return entries
    .map((entry) => {
      let shared = 0;
      const limit = Math.min(35, previous.length, entry.length);
      while (shared < limit && previous[shared] === entry[shared]) shared++;
      previous = entry;
      return shared.toString(36) + entry.slice(shared);
    })
    .join("\n");
}

/** Parses the suffix rules as the generator stores them: flag, strip, add, continuation, condition, tab-separated. */
export function parseSuffixRules(encoded: string): SuffixRule[] {
  return encoded
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [flag = "", strip = "", add = "", continuation = "", condition = "."] = line.split("\t");
      return { flag, strip, add, continuation, condition: new RegExp(`${condition}$`) };
    });
}

/** Parses stems stored as "stem/flags" lines (front-coded). */
export function parseStems(encoded: string): Map<string, string> {
  const stems = new Map<string, string>();
  for (const entry of decodeFrontCoded(encoded)) {
    const slash = entry.indexOf("/");
    const stem = slash === -1 ? entry : entry.slice(0, slash);
    const flags = slash === -1 ? "" : entry.slice(slash + 1);
    stems.set(stem, (stems.get(stem) ?? "") + flags);
  }
  return stems;
}
