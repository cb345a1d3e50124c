import { DOMAIN_TERMS } from "@/lib/anonymise/data/domain-terms";
import { hitAt, type IdentifierConfidence, type IdentifierHit } from "@/lib/anonymise/identifier-kinds";
import { nameLists, type NameLists } from "@/lib/anonymise/name-lists";

/**
 * Optional knowledge of ordinary Swedish words, which only the server has (the dictionary is too large for the
 * browser). With it, a capitalised word that is neither a Swedish word nor a known place counts as a possible name.
 */
export interface WordKnowledge {
  isOrdinaryWord(lowercaseWord: string): boolean;
  isKnownPlaceOrBrand(lowercaseWord: string): boolean;
}

export interface FindNamesOptions {
  /** Extra phrases that are never names: organisation, area and category names from the reference data. */
  allow?: readonly string[];
  words?: WordKnowledge;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  isCapitalised: boolean;
  /** "SIP", "SiS", "BUP:s", "McDonald": capitals after the first letter, so not read as a plain name. */
  isAcronymLike: boolean;
  isSentenceStart: boolean;
}

type Evidence = "given" | "ambiguous" | "surname" | "unknown" | "none";

const WORD = /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;
const SENTENCE_END = /[.!?:;\n]/;
// Skipped when looking back for the start of a sentence: spaces, quotes, brackets and list bullets.
const TRANSPARENT = /[ \t"“”'‘’«»([\-–•*]/;
// Lowercase words after which a capitalised word is a name: "heter Karl", "pojken Ali", "kuratorn Lena Ek".
const NAMING_WORDS = new Set(
  `heter hette kallas kallad kallades kallar patienten klienten brukaren pojken flickan mannen kvinnan sonen
  dottern mamman pappan modern fadern brodern systern barnet ungdomen eleven maken makan hustrun frun sambon
  pojkvännen flickvännen vännen kompisen grannen mormor morfar farmor farfar morbror farbror moster faster
  kusinen vårdnadshavaren handläggaren socialsekreteraren läkaren doktor dr överläkaren kuratorn sjuksköterskan
  undersköterskan psykologen kontaktpersonen boendestödjaren enhetschefen samordnaren förvaltaren herr fru
  fröken tolken läraren mentorn rektorn skolsköterskan assistenten ombudet`.split(/\s+/),
);
// Lowercase parts of names: "Ahmed bin Salem", "Lucas van der Berg".
const NAME_PARTICLES = new Set(
  "af al bin bint ibn abu da de del della di du el la le van von der ter ten".split(" "),
);
const PARTICLE_PREFIX = /^(?:al|el|ul|ad|as|ash|at|az|ar|an|ibn|bin|abu|abd)-\p{Lu}/u;
// Surnames that are also common words ("Berg och dal", "Ek och björk"): at the start of a sentence they need a
// given name beside them.
const SURNAMES_THAT_ARE_COMMON_WORDS = new Set(
  "berg ek falk holm lind strand ström blom björk ljung borg malm".split(" "),
);
const MAX_NAME_TOKENS = 4;
// "van der", "bin Abd": at most two particles in a row.
const MAX_PARTICLES = 2;

function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(WORD), (match) => {
    const word = match[0];
    const start = match.index;
    return {
      text: word,
      lower: word.toLowerCase(),
      start,
      end: start + word.length,
      // Every part of a hyphenated name is capitalised ("Lars-Erik", "Al-Hassan"); "Hansson-skolan" is a noun.
      isCapitalised: word.split("-").every((part) => /^\p{Lu}/u.test(part)) || PARTICLE_PREFIX.test(word),
      isAcronymLike: word.split(/[-'’]/).some((part) => /\p{Lu}/u.test(part.slice(1))),
      isSentenceStart: isAtSentenceStart(text, start),
    };
  });
}

function isAtSentenceStart(text: string, start: number): boolean {
  for (let index = start - 1; index >= 0; index--) {
    const char = text[index]!;
    if (SENTENCE_END.test(char)) return true;
    if (!TRANSPARENT.test(char)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Protected phrases: domain terms and allowed names

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One regular expression matching any of the phrases as whole words, with an optional genitive -s. */
function phrasePattern(phrases: readonly string[]): RegExp | null {
  const parts = [...new Set(phrases.map((phrase) => phrase.trim()).filter((phrase) => phrase.length > 1))]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase).replace(/\s+/g, "\\s+"));
  if (parts.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\d])(?:${parts.join("|")})s?(?![\\p{L}\\d])`, "giu");
}

/** Allowed names come as "Region Skåne – BUP (barn- och ungdomspsykiatri)": each part between punctuation counts. */
function splitAllowed(names: readonly string[]): string[] {
  return names.flatMap((name) => name.split(/[–—,;:()/]+|\s-\s/)).map((part) => part.trim());
}

const domainPattern = phrasePattern(DOMAIN_TERMS);
let allowedCache: { key: string; pattern: RegExp | null } = { key: "", pattern: null };

function allowedPattern(allow: readonly string[]): RegExp | null {
  const key = allow.join("\n");
  if (allowedCache.key !== key) allowedCache = { key, pattern: phrasePattern(splitAllowed(allow)) };
  return allowedCache.pattern;
}

interface ProtectedSpan {
  start: number;
  end: number;
  isSingleWord: boolean;
}

function protectedSpans(text: string, allow: readonly string[]): ProtectedSpan[] {
  const spans: ProtectedSpan[] = [];
  for (const pattern of [domainPattern, allowedPattern(allow)]) {
    if (!pattern) continue;
    for (const match of text.matchAll(pattern)) {
      spans.push({
        start: match.index,
        end: match.index + match[0].length,
        isSingleWord: !/\s/.test(match[0]),
      });
    }
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------------------------
// Evidence for one word

/** The word and, for a genitive (Annas, Ahmads, Anna's), the word without its -s. */
function baseForms(lower: string): string[] {
  const apostrophe = /^(.+)['’]s$/u.exec(lower);
  if (apostrophe) return [apostrophe[1]!];
  return lower.length > 3 && lower.endsWith("s") ? [lower, lower.slice(0, -1)] : [lower];
}

function isGivenName(lower: string, lists: NameLists): boolean {
  const { givenNames } = lists;
  return (
    givenNames.has(lower) || (lower.includes("-") && lower.split("-").every((part) => givenNames.has(part)))
  );
}

function isSurname(lower: string, lists: NameLists): boolean {
  if (lists.surnames.has(lower) || lists.surnameEnding.test(lower)) return true;
  // "Al-Hassan", "El-Sayed": a particle joined to a name.
  const parts = lower.split("-");
  return parts.length === 2 && NAME_PARTICLES.has(parts[0]!) && parts[1]!.length > 1;
}

const SINGLE_WORD_DOMAIN_TERMS = new Set(
  DOMAIN_TERMS.filter((term) => !/\s/.test(term)).map((term) => term.toLowerCase()),
);
// Last parts of compounds that make surnames out of place names (Lund + berg), so such a compound is no evidence
// of an ordinary word.
const SURNAME_ELEMENTS = new Set(
  "berg holm lund gren ström kvist qvist quist dahl dal blad bäck sten stam hed mark ek lind man son ros vall fors lid ås näs rot borg ling gård".split(
    " ",
  ),
);
const MIN_COMPOUND_PART = 3;

function isPlaceOrBrand(lower: string, words: WordKnowledge): boolean {
  return words.isKnownPlaceOrBrand(lower) || SINGLE_WORD_DOMAIN_TERMS.has(lower);
}

/** "Tågaborgsskolan", "Helsingborgsmodellen": a place or brand, a linking -s perhaps, then an ordinary word. */
function isNamedAfterPlace(lower: string, words: WordKnowledge): boolean {
  for (let split = MIN_COMPOUND_PART; split <= lower.length - MIN_COMPOUND_PART; split++) {
    const tail = lower.slice(split);
    if (SURNAME_ELEMENTS.has(tail) || !words.isOrdinaryWord(tail)) continue;
    const head = lower.slice(0, split);
    if (isPlaceOrBrand(head, words) || (head.endsWith("s") && isPlaceOrBrand(head.slice(0, -1), words))) {
      return true;
    }
  }
  return false;
}

function isOrdinaryOrPlace(lower: string, words: WordKnowledge): boolean {
  return lower
    .split("-")
    .every(
      (part) =>
        baseForms(part).some((form) => words.isOrdinaryWord(form) || isPlaceOrBrand(form, words)) ||
        isNamedAfterPlace(part, words),
    );
}

function evidenceFor(
  token: Token,
  text: string,
  words: WordKnowledge | undefined,
  lists: NameLists | null,
): Evidence {
  if (lists) {
    for (const form of baseForms(token.lower)) {
      if (isGivenName(form, lists)) {
        return lists.givenNamesThatAreCommonWords.has(form) ? "ambiguous" : "given";
      }
    }
    for (const form of baseForms(token.lower)) {
      if (isSurname(form, lists)) return SURNAMES_THAT_ARE_COMMON_WORDS.has(form) ? "ambiguous" : "surname";
    }
  }
  if (
    words &&
    token.text.length > 1 &&
    !isAbbreviation(token, text) &&
    !isOrdinaryOrPlace(token.lower, words)
  ) {
    return "unknown";
  }
  return "none";
}

/** "Org.nr", "Avd. 3": a short word with a full stop right after it. */
function isAbbreviation(token: Token, text: string): boolean {
  return text[token.end] === "." && (token.text.length <= 4 || /\p{L}/u.test(text[token.end + 1] ?? ""));
}

// ---------------------------------------------------------------------------------------------------------------
// Names

const SINGLE_SPACE = /^[ \t]$/;
// "Dr. Berg": a naming word may be abbreviated.
const NAMING_GAP = /^\.?[ \t]$/;

/** The token after `index` when only a space lies between them. */
function adjacentNext(text: string, tokens: Token[], index: number): Token | undefined {
  const next = tokens[index + 1];
  return next && SINGLE_SPACE.test(text.slice(tokens[index]!.end, next.start)) ? next : undefined;
}

function adjacentPrevious(text: string, tokens: Token[], index: number): Token | undefined {
  const previous = tokens[index - 1];
  return previous && SINGLE_SPACE.test(text.slice(previous.end, tokens[index]!.start)) ? previous : undefined;
}

/**
 * Finds people's names: listed given names and surnames, capitalised words beside them, capitalised words after
 * a naming word ("heter", "pojken"), and with word knowledge capitalised words that are no Swedish word.
 */
export function findNames(text: string, options: FindNamesOptions = {}): IdentifierHit[] {
  const tokens = tokenize(text);
  const spans = protectedSpans(text, options.allow ?? []);
  // A word touching a protected phrase is protected too: "Lex Maria-anmälan".
  const protection = (token: Token) =>
    spans.find((span) => token.start < span.end && span.start < token.end) ?? null;
  // A word of a protected phrase never starts a name; a single protected word may still be a surname ("Anna Lund").
  const canJoin = (token: Token) =>
    token.isCapitalised && !token.isAcronymLike && !(protection(token) && !protection(token)!.isSingleWord);
  const canStart = (token: Token) => token.isCapitalised && !token.isAcronymLike && !protection(token);

  /** The index of the word that continues a name after `index`: a capitalised word, or one after particles. */
  const nextNamePart = (index: number): number | null => {
    for (let candidate = index + 1; candidate <= index + 1 + MAX_PARTICLES; candidate++) {
      const token = adjacentNext(text, tokens, candidate - 1);
      if (!token) return null;
      if (canJoin(token)) return candidate;
      if (!NAME_PARTICLES.has(token.lower)) return null;
    }
    return null;
  };
  const lists = nameLists();
  const evidence = tokens.map((token) =>
    canStart(token) ? evidenceFor(token, text, options.words, lists) : "none",
  );
  const used = new Set<number>();
  const hits: IdentifierHit[] = [];

  tokens.forEach((token, index) => {
    if (used.has(index) || !canStart(token)) return;
    const previous = tokens[index - 1];
    const afterNamingWord =
      previous !== undefined &&
      NAMING_WORDS.has(previous.lower) &&
      NAMING_GAP.test(text.slice(previous.end, token.start));
    const hasNeighbour = nextNamePart(index) !== null;
    const kind = evidence[index]!;
    const isStart =
      afterNamingWord ||
      kind === "given" ||
      kind === "surname" ||
      kind === "unknown" ||
      (kind === "ambiguous" && (!token.isSentenceStart || hasNeighbour));
    if (!isStart) return;

    let first = index;
    let last = index;
    // Backwards: a capitalised word just before that is itself name-like ("Mirsad Delić"), but not an ordinary
    // word ("Vårdboendet Linnea").
    while (last - first + 1 < MAX_NAME_TOKENS) {
      const before = adjacentPrevious(text, tokens, first);
      if (!before || used.has(first - 1) || !canJoin(before) || evidence[first - 1] === "none") break;
      first--;
    }
    // Forwards: capitalised words, and lowercase particles followed by one.
    while (last - first + 1 < MAX_NAME_TOKENS) {
      const nextPart = nextNamePart(last);
      if (nextPart === null) break;
      last = nextPart;
    }
    for (let member = first; member <= last; member++) used.add(member);

    let end = tokens[last]!.end;
    // A surname written as an initial: "Anna S."
    if (last > first && tokens[last]!.text.length === 1 && text[end] === ".") end++;
    const members = evidence.slice(first, last + 1);
    const isCertain = afterNamingWord || members.some((member) => member !== "unknown" && member !== "none");
    const confidence: IdentifierConfidence = isCertain ? "certain" : "possible";
    hits.push(hitAt(text, "namn", tokens[first]!.start, end, confidence));
  });
  return hits;
}
