import { describe, expect, it } from "vitest";
import {
  bristerCount,
  joinSwedish,
  PLACEHOLDER,
  placeExamples,
  reportOutline,
  textBlocks,
  type ReportBlock,
} from "@/lib/annual-report/report-outline";
import { computeYearStatistics } from "@/lib/statistics/compute";
import { publishYearStatistics } from "@/lib/statistics/publish";
import { cat, statCase } from "../statistics/fixtures";
import { EXAMPLES, reportData } from "./fixtures";

const headings = (blocks: readonly ReportBlock[], level?: number) =>
  blocks.flatMap((b) => (b.kind === "heading" && (level === undefined || b.level === level) ? [b.text] : []));

describe("the report's outline", () => {
  const outline = reportOutline(reportData());

  it("follows the 2025 report's order of chapters", () => {
    expect(headings(outline.blocks, 1)).toEqual([
      "Sammanfattning",
      "Inkomna brister",
      "De vanligaste bristerna",
      "Övriga brister",
      "Särskilt fokus: Utskrivning från inneliggande vård",
      "Sammanfattning och analys",
      "Öppna frågor för dialog",
      "Arbetsgruppens rekommendationer",
      "Bilaga: Avidentifierade brister 2025",
    ]);
    expect(outline.title).toBe("Brister i samverkan 2025");
    expect(outline.subtitle).toEqual([
      "Rapport från arbetsgruppen till Delregionalt samråd psykiatri Nordväst",
      "Helsingborgs stad",
      "1 december 2025",
    ]);
  });

  it("gives each of the three most common categories a section with its figure and the group's text", () => {
    expect(headings(outline.blocks, 2)).toEqual(["Bakomliggande orsaker", "Kommunikation", "Rutiner", "SIP"]);
    const at = outline.blocks.findIndex((b) => b.kind === "heading" && b.text === "Kommunikation");
    expect(outline.blocks[at + 1]).toEqual({
      kind: "paragraph",
      text: "19 brister (66\u00a0% av bristerna) hade kommunikation som en av orsakerna.",
      style: "meta",
    });
    expect(outline.blocks[at + 2]).toEqual({
      kind: "bullets",
      items: [
        "Kommunikation är den mest frekventa bristen.",
        "Bristande kommunikation leder ofta till andra brister.",
      ],
    });
    // SIP has no text yet.
    const sip = outline.blocks.findIndex((b) => b.kind === "heading" && b.text === "SIP");
    expect(outline.blocks[sip + 2]).toEqual({ kind: "paragraph", text: PLACEHOLDER, style: "placeholder" });
  });

  it("states the number of brister and tables every category with its count and share", () => {
    expect(outline.blocks).toContainEqual({
      kind: "paragraph",
      text: "Under 2025 inkom 29 brister i samverkan som arbetsgruppen har gått igenom.",
    });
    const table = outline.blocks.find((b) => b.kind === "table" && b.caption.startsWith("Brister per"));
    expect(table).toMatchObject({ headers: ["Bakomliggande orsak", "Antal", "Andel av bristerna"] });
    expect(table?.kind === "table" && table.rows.slice(0, 3)).toEqual([
      ["kommunikation", "19", "66\u00a0%"],
      ["rutiner", "14", "48\u00a0%"],
      ["SIP", "9", "31\u00a0%"],
    ]);
    // Suppressed counts are shown as the statistics publish them, never exactly.
    expect(
      table?.kind === "table" && table.rows.find((r) => r[0] === "bemötande/bristande engagemang"),
    ).toEqual(["bemötande/bristande engagemang", "<3", "–"]);
    const chart = outline.blocks.find((b) => b.kind === "chart");
    expect(
      chart?.kind === "chart" && chart.rows.find((r) => r.label === "bemötande/bristande engagemang"),
    ).toMatchObject({
      value: null,
      display: "<3",
    });
  });

  it("places each chosen example once: in its first most common category, else under övriga, focus cases under the focus", () => {
    const placed = placeExamples(reportData());
    expect(placed.byCategory.get("kommunikation")?.map((e) => e.reference)).toEqual(["BIS-2025-0003"]);
    expect(placed.other.map((e) => e.reference)).toEqual(["BIS-2025-0011"]);
    expect(placed.focus.map((e) => e.reference)).toEqual(["BIS-2025-0020"]);
    const exampleHeadings = headings(outline.blocks, 3);
    expect(exampleHeadings).toEqual([
      "Exempel BIS-2025-0003",
      "Exempel BIS-2025-0011",
      "Exempel BIS-2025-0020",
    ]);
    expect(outline.blocks).toContainEqual({
      kind: "labelled",
      label: "Händelsen",
      text: EXAMPLES[0]!.texts[0]!.text,
    });
  });

  it("leads the open questions with the 2025 wording and numbers the recommendations", () => {
    expect(outline.blocks).toContainEqual({ kind: "paragraph", text: "Hur kan vi i vår verksamhet:" });
    expect(outline.blocks).toContainEqual({
      kind: "numbered",
      items: ["Ta upp rapporten i respektive verksamhet.", "Gå igenom rutinen."],
    });
  });

  it("lists every brist in the appendix", () => {
    const appendix = outline.blocks.at(-1);
    expect(appendix?.kind === "table" && appendix.rows).toHaveLength(29);
    expect(appendix?.kind === "table" && appendix.rows[0]).toEqual([
      "BIS-2025-0001",
      "januari 2025",
      "kommunikation",
    ]);
  });

  it("describes every category tied for third place, and says why", () => {
    const cases = [
      statCase("a", { categories: [cat.kommunikation, cat.rutiner, cat.sip, cat.svu] }),
      statCase("b", { categories: [cat.kommunikation, cat.rutiner] }),
    ];
    const statistics = publishYearStatistics(computeYearStatistics(2025, cases), { threshold: 1 });
    const tied = reportOutline(reportData({ statistics, examples: [] }));
    expect(headings(tied.blocks, 2)).toEqual([
      "Bakomliggande orsaker",
      "Kommunikation",
      "Rutiner",
      "SIP",
      "SVU/Mina planer",
    ]);
    expect(tied.blocks).toContainEqual(
      expect.objectContaining({ text: expect.stringContaining("Flera orsaker delar den sista platsen") }),
    );
  });

  it("marks a section nobody wrote and a year without brister", () => {
    const statistics = publishYearStatistics(computeYearStatistics(2025, []));
    const empty = reportOutline(
      reportData({
        statistics,
        examples: [],
        appendix: [],
        sections: { ...reportData().sections, summary: "" },
      }),
    );
    expect(empty.blocks[1]).toEqual({ kind: "paragraph", text: PLACEHOLDER, style: "placeholder" });
    expect(empty.blocks).toContainEqual({
      kind: "paragraph",
      text: "Inga brister med bakomliggande orsaker 2025.",
    });
    expect(empty.blocks).toContainEqual(
      expect.objectContaining({
        text: "Under 2025 inkom 0 brister i samverkan som arbetsgruppen har gått igenom.",
      }),
    );
  });
});

describe("the text helpers", () => {
  it("split paragraphs at blank lines and make lists of lines starting with a dash or bullet", () => {
    expect(textBlocks("Första stycket\nmed radbrytning.\n\n- ett\n• två\n\n\nSista.")).toEqual([
      { kind: "paragraph", text: "Första stycket\nmed radbrytning." },
      { kind: "bullets", items: ["ett", "två"] },
      { kind: "paragraph", text: "Sista." },
    ]);
    expect(textBlocks("  \n\n ")).toEqual([]);
  });

  it("write lists and counts in Swedish", () => {
    expect(joinSwedish(["kommunikation", "rutiner", "SIP"])).toBe("kommunikation, rutiner och SIP");
    expect(joinSwedish(["SIP"])).toBe("SIP");
    expect(bristerCount("1")).toBe("1 brist");
    expect(bristerCount("<3")).toBe("<3 brister");
  });
});
