import { describe, expect, it } from "vitest";
import { SWEDISH_STEMS, SWEDISH_SUFFIX_RULES } from "@/lib/anonymise/data/swedish-words";
import {
  createSwedishLexicon,
  decodeFrontCoded,
  encodeFrontCoded,
  parseStems,
  parseSuffixRules,
} from "@/lib/anonymise/swedish-lexicon";

describe("front coding", () => {
  it("gives back the list it was given", () => {
    const words = ["kommun", "kommunal", "kommunen", "kurator", "ö"];
    expect(decodeFrontCoded(encodeFrontCoded(words))).toEqual(words);
  });
});

describe("the Swedish lexicon", () => {
  const lexicon = createSwedishLexicon({
    stems: parseStems(SWEDISH_STEMS),
    rules: parseSuffixRules(SWEDISH_SUFFIX_RULES),
  });

  it.each([
    ["kommun"],
    ["kommunen"],
    ["kallelsen"],
    ["boendestödet"],
    ["utskrivningsmeddelandet"],
    ["vuxenpsykiatrimottagningen"],
    ["psykiatriska"],
    ["mars"],
    ["måndag"],
  ])("knows %s", (word) => {
    expect(lexicon.isWord(word)).toBe(true);
  });

  it.each([["svensson"], ["krasniqi"], ["ahmadi"], ["kallelesen"]])("does not know %s", (word) => {
    expect(lexicon.isWord(word)).toBe(false);
  });
});
