import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAnnualReportDocx } from "@/lib/annual-report/build-annual-report-docx";
import { paragraphs, readDocx, type DocxParts } from "../../setup/read-docx";
import { reportData } from "./fixtures";

let docx: Buffer;
let parts: DocxParts;

beforeAll(async () => {
  docx = await buildAnnualReportDocx(reportData());
  parts = readDocx(docx);
});

describe("the annual report as a Word document", () => {
  it("is a Word document", () => {
    expect(docx.subarray(0, 2).toString()).toBe("PK");
    expect(parts.files.get("[Content_Types].xml")?.toString()).toContain(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    );
  });

  it("opens with a title page naming the samråd and the host organisation", () => {
    const first = paragraphs(parts.document)
      .filter((p) => p.text !== "")
      .slice(0, 4);
    expect(first).toEqual([
      { style: "Title", text: "Brister i samverkan 2025" },
      { style: "Subtitle", text: "Rapport från arbetsgruppen till Delregionalt samråd psykiatri Nordväst" },
      { style: "Subtitle", text: "Helsingborgs stad" },
      { style: "Subtitle", text: "1 december 2025" },
    ]);
    expect(parts.files.get("docProps/core.xml")?.toString()).toContain(
      "<dc:title>Brister i samverkan 2025</dc:title>",
    );
  });

  it("uses Word's built-in heading styles, so the navigation pane and the table of contents follow them", () => {
    const headings = paragraphs(parts.document).filter((p) => p.style?.startsWith("Heading"));
    expect(headings.filter((p) => p.style === "Heading1").map((p) => p.text)).toEqual([
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
    expect(headings.filter((p) => p.style === "Heading2").map((p) => p.text)).toEqual([
      "Bakomliggande orsaker",
      "Kommunikation",
      "Rutiner",
      "SIP",
    ]);
    // The styles are Word's own: "heading 1" is what Word and LibreOffice know as a built-in heading.
    for (const level of [1, 2]) {
      const style = new RegExp(
        `<w:style w:type="paragraph" w:styleId="Heading${level}">(.*?)</w:style>`,
      ).exec(parts.styles)?.[1];
      expect(style).toContain(`<w:name w:val="heading ${level}"/>`);
      expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
    }
  });

  it("has a table of contents field over the first two heading levels, filled in and updated by Word on opening", () => {
    const instruction = /<w:instrText[^>]*>\s*(TOC [^<]*)<\/w:instrText>/.exec(parts.document)?.[1];
    expect(instruction).toContain("\\o &quot;1-2&quot;");
    expect(instruction).toContain("\\h");
    const toc = parts.document.slice(parts.document.indexOf("TOC \\"), parts.document.indexOf("</w:sdt>"));
    expect(toc).toContain("De vanligaste bristerna");
    expect(parts.settings).toContain("<w:updateFields");
  });

  it("numbers the pages in the footer, and not on the title page", () => {
    const numbered = parts.footers.filter((footer) => /PAGE/.test(footer));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toMatch(/<w:instrText[^>]*>\s*PAGE\s*</);
    expect(numbered[0]).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*</);
    expect(parts.document).toContain("<w:titlePg/>");
  });

  it("carries the chart as a PNG with a name, and the figures as a table with repeated headers", () => {
    const media = [...parts.files.keys()].filter((name) => name.startsWith("word/media/"));
    expect(media).toHaveLength(1);
    expect(parts.files.get(media[0]!)!.subarray(1, 4).toString()).toBe("PNG");
    expect(parts.document).toContain('name="Brister per bakomliggande orsak 2025"');
    expect(parts.document).toContain("<w:tblHeader/>");
    const text = paragraphs(parts.document).map((p) => p.text);
    expect(text).toEqual(
      expect.arrayContaining(["kommunikation", "19", "66\u00a0%", "bemötande/bristande engagemang", "<3"]),
    );
  });

  it("reads back as the report's text, headings as headings", async () => {
    const { value } = await mammoth.convertToHtml({ buffer: docx });
    // Without the bookmarks the table of contents links to.
    const html = value.replace(/<a id="[^"]*"><\/a>/g, "");
    expect(html).toContain("<h1>Sammanfattning</h1>");
    expect(html).toContain("<h2>Kommunikation</h2>");
    expect(html).toContain("<h3>Exempel BIS-2025-0003</h3>");
    expect(html).toContain("Socialpsykiatrin kallade till SIP. Ingen från [verksamhet] kom.");
    expect(html).toContain(
      "Säkra att befintliga rutiner och kommunikationsvägar är uppdaterade och tillgängliga för alla?",
    );
    for (let n = 1; n <= 29; n++) expect(html).toContain(`BIS-2025-${String(n).padStart(4, "0")}`);
  });

  it("writes every row of a table as its first row, with its own texts, and lists every brist in the appendix", () => {
    const tables = parts.document.match(/<w:tbl>.*?<\/w:tbl>/g)!;
    const withoutText = (row: string) => row.replace(/(<w:t[^>]*>)[^<]*(<\/w:t>)/g, "$1$2");
    for (const table of tables) {
      const [, first, ...rest] = table.match(/<w:tr>.*?<\/w:tr>/g)!;
      for (const row of rest) expect(withoutText(row)).toBe(withoutText(first!));
    }
    const appendix = tables
      .at(-1)!
      .match(/<w:tr>.*?<\/w:tr>/g)!
      .slice(1);
    const data = reportData().appendix;
    expect(
      appendix.map((row) => [...row.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, text]) => text)),
    ).toEqual(data.map((row) => [row.reference, row.month ?? "Okänd", row.categories.join(", ") || "–"]));
  });

  it("keeps a line break in a table's text", async () => {
    const data = reportData();
    data.appendix[1] = { ...data.appendix[1]!, categories: ["rutiner\nkommunikation"] };
    const document = readDocx(await buildAnnualReportDocx(data)).document;
    const appendix = document.match(/<w:tbl>.*?<\/w:tbl>/g)!.at(-1)!;
    expect(appendix).toContain('<w:t xml:space="preserve">rutiner</w:t></w:r><w:r><w:br/>');
    expect(appendix.match(/<w:tr>/g)).toHaveLength(data.appendix.length + 1);
  });

  it("is the same document for the same data", async () => {
    const again = readDocx(await buildAnnualReportDocx(reportData()));
    expect(paragraphs(again.document)).toEqual(paragraphs(parts.document));
  });
});
