import { describe, expect, it } from "vitest";
import { detectIdentifiers as detectLight, type IdentifierKind } from "@/lib/anonymise/detect-identifiers";
import { detectIdentifiers as detectFull } from "@/lib/anonymise/detect-identifiers-full";
import { DEFAULT_AREAS, DEFAULT_CATEGORY_NAMES, DEFAULT_ORGANISATIONS } from "@/lib/reference-data/defaults";
import { ALL_SCENARIOS } from "@/tests/factories/demo-scenarios";
import { ANONYMISE_CORPUS } from "@/tests/fixtures/anonymise-corpus";
import { evaluate, recall, type Evaluation, type KindScore } from "@/tests/fixtures/anonymise-evaluation";

// The names the server passes as allowed: the reference data's organisations, areas and categories.
const REFERENCE_NAMES = [
  ...DEFAULT_ORGANISATIONS.map((organisation) => organisation.name),
  ...DEFAULT_AREAS.map((area) => area.name),
  ...DEFAULT_CATEGORY_NAMES,
];

const RECALL_TARGETS: ReadonlyArray<{ kinds: IdentifierKind[]; target: number }> = [
  { kinds: ["personnummer"], target: 0.99 },
  { kinds: ["samordningsnummer"], target: 0.99 },
  { kinds: ["epost"], target: 0.99 },
  { kinds: ["telefon"], target: 0.99 },
  { kinds: ["namn"], target: 0.9 },
  { kinds: ["adress", "postadress"], target: 0.9 },
  { kinds: ["datum"], target: 0.9 },
  { kinds: ["alder"], target: 0.9 },
];
const MAX_CLEAN_FLAGGED = 1 / 25;

function combined(evaluation: Evaluation, kinds: IdentifierKind[]): KindScore {
  const total = { found: 0, missed: 0, exact: 0, spurious: 0, confirmed: 0 };
  for (const kind of kinds) {
    const score = evaluation.byKind.get(kind);
    if (score) for (const key of Object.keys(total) as Array<keyof KindScore>) total[key] += score[key];
  }
  return total;
}

describe("the labelled corpus", () => {
  it("is large enough and covers every kind", () => {
    const clean = ANONYMISE_CORPUS.filter((entry) => entry.findings.length === 0);
    expect(ANONYMISE_CORPUS.length).toBeGreaterThanOrEqual(400);
    expect(clean.length).toBeGreaterThanOrEqual(150);
    const kinds = new Set(ANONYMISE_CORPUS.flatMap((entry) => entry.findings.map((finding) => finding.kind)));
    expect([...kinds].sort()).toEqual(
      [
        "adress",
        "alder",
        "datum",
        "epost",
        "namn",
        "personnummer",
        "postadress",
        "samordningsnummer",
        "telefon",
      ].sort(),
    );
  });
});

describe.each([
  ["full check (server)", (text: string) => detectFull(text)],
  [
    "full check with the reference data allowed",
    (text: string) => detectFull(text, { allow: REFERENCE_NAMES }),
  ],
  ["light check (browser)", (text: string) => detectLight(text)],
])("%s over the corpus", (_label, detect) => {
  const evaluation = evaluate(ANONYMISE_CORPUS, detect);

  it.each(RECALL_TARGETS.map(({ kinds, target }) => [kinds.join(" + "), kinds, target] as const))(
    "finds %s with recall of at least the target",
    (_kinds, kinds, target) => {
      const score = combined(evaluation, [...kinds]);
      const misses = evaluation.misses.filter((miss) => kinds.includes(miss.kind));
      expect(recall(score), JSON.stringify(misses, null, 2)).toBeGreaterThanOrEqual(target);
    },
  );

  it("flags at most one clean sentence in 25", () => {
    const falseAlarms = evaluation.falseAlarms.filter((alarm) =>
      ANONYMISE_CORPUS.some((entry) => entry.text === alarm.text && entry.findings.length === 0),
    );
    expect(
      evaluation.cleanFlagged / evaluation.cleanSentences,
      JSON.stringify(falseAlarms, null, 2),
    ).toBeLessThanOrEqual(MAX_CLEAN_FLAGGED);
  });
});

describe("the example brister used for seeding and tests", () => {
  const texts = ALL_SCENARIOS.flatMap((scenario) => [
    scenario.description,
    scenario.actionsTaken,
    ...(scenario.dialogue.held ? scenario.dialogue.measures.map((measure) => measure.description) : []),
    ...(scenario.partnerComment ? [scenario.partnerComment.comment] : []),
    ...(scenario.escalationComment ? [scenario.escalationComment] : []),
  ]);

  it.each(texts.map((text) => [text.slice(0, 60), text]))("hold no identifiers: %s…", (_start, text) => {
    expect(detectLight(text)).toEqual([]);
    expect(detectFull(text)).toEqual([]);
  });
});
