import { describe, expect, it } from "vitest";
import { DEFAULT_OPEN_QUESTIONS, defaultSections } from "@/lib/annual-report/default-sections";
import {
  listLines,
  listText,
  parseReportYear,
  parseStoredSections,
  ZSaveAnnualReport,
  type TSaveAnnualReportInput,
} from "@/lib/annual-report/schemas";

function input(overrides: Partial<TSaveAnnualReportInput> = {}): TSaveAnnualReportInput {
  return {
    year: 2026,
    baseVersionId: "",
    summary: "",
    categoryTexts: [],
    otherDeficiencies: "",
    focusTitle: "",
    focus: "",
    analysis: "",
    openQuestions: "",
    recommendations: "",
    ...overrides,
  };
}

describe("the default sections", () => {
  it("start with the four open questions of the 2025 report, word for word", () => {
    expect(DEFAULT_OPEN_QUESTIONS).toEqual([
      "Säkra att befintliga rutiner och kommunikationsvägar är uppdaterade och tillgängliga för alla?",
      "Skapa förståelsen för varandras verksamheter och uppdrag?",
      "Säkra ett professionellt gott bemötande och en helhetssyn samverkansparter emellan så individen inte hamnar mellan stolarna?",
      "Säkerställa att individen får sina behov tillgodosedda i samverkan, under hela förloppet?",
    ]);
    expect(defaultSections().openQuestions).toEqual(DEFAULT_OPEN_QUESTIONS);
  });

  it("leave every text empty and give each report its own copy of the questions", () => {
    const first = defaultSections();
    expect(first).toMatchObject({ summary: "", categoryTexts: {}, focusTitle: "", recommendations: [] });
    first.openQuestions.push("En fråga till");
    expect(defaultSections().openQuestions).toHaveLength(4);
  });

  it("are valid stored sections", () => {
    expect(parseStoredSections(defaultSections(), defaultSections())).toEqual(defaultSections());
  });
});

describe("the editor's schema", () => {
  it("turns the list fields' lines into lists, dropping bullets, numbers and empty lines", () => {
    const parsed = ZSaveAnnualReport.parse(
      input({
        openQuestions: "• Första?\n\n- Andra?  \n",
        recommendations: "1. Ta upp rapporten.\n2) Gå igenom rutinen.",
      }),
    );
    expect(parsed.sections.openQuestions).toEqual(["Första?", "Andra?"]);
    expect(parsed.sections.recommendations).toEqual(["Ta upp rapporten.", "Gå igenom rutinen."]);
    expect(listLines(listText(["a", "b"]))).toEqual(["a", "b"]);
  });

  it("stores category texts by the category's name and drops the emptied ones", () => {
    const parsed = ZSaveAnnualReport.parse(
      input({
        categoryTexts: [
          { category: "kommunikation", text: "Text om kommunikation." },
          { category: "SVU/Mina planer", text: "  " },
          { category: "bemötande/bristande engagemang", text: "Kvar från förra listan." },
        ],
      }),
    );
    expect(parsed.sections.categoryTexts).toEqual({
      kommunikation: "Text om kommunikation.",
      "bemötande/bristande engagemang": "Kvar från förra listan.",
    });
    expect(parsed.baseVersionId).toBeNull();
  });

  it("refuses a personnummer or samordningsnummer in any text, saying where", () => {
    const result = ZSaveAnnualReport.safeParse(
      input({
        summary: "Gäller 19811218-9876.",
        categoryTexts: [{ category: "rutiner", text: "Samordningsnummer 701063-2391." }],
        recommendations: "Ring om 811218-9876",
      }),
    );
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["summary", expect.stringContaining("ur sammanfattningen")],
        ["categoryTexts.0.text", expect.stringContaining("ur texten om rutiner")],
        ["recommendations", expect.stringContaining("ur rekommendationerna")],
      ]),
    );
  });

  it("lets other details that may identify someone through: they are pointed out, not refused", () => {
    expect(ZSaveAnnualReport.safeParse(input({ summary: "Anna ringde den 3 mars." })).success).toBe(true);
  });

  it("limits the lists", () => {
    const many = Array.from({ length: 31 }, (_, i) => `Fråga ${i + 1}?`).join("\n");
    expect(ZSaveAnnualReport.safeParse(input({ openQuestions: many })).success).toBe(false);
  });
});

describe("reading stored sections", () => {
  it("keeps what is valid and falls back field by field", () => {
    const stored = {
      ...defaultSections(),
      summary: "Sparad text.",
      openQuestions: "inte en lista",
      extra: 1,
    };
    const parsed = parseStoredSections(stored, defaultSections());
    expect(parsed.summary).toBe("Sparad text.");
    expect(parsed.openQuestions).toEqual(DEFAULT_OPEN_QUESTIONS);
  });

  it("falls back entirely for something that is not an object", () => {
    expect(parseStoredSections(null, defaultSections())).toEqual(defaultSections());
  });
});

describe("the year in the address", () => {
  it("accepts four digits between 2000 and 2100 only", () => {
    expect(parseReportYear("2026")).toBe(2026);
    expect(parseReportYear("1999")).toBeNull();
    expect(parseReportYear("20260")).toBeNull();
    expect(parseReportYear("cm1abc")).toBeNull();
    expect(parseReportYear(undefined)).toBeNull();
  });
});
