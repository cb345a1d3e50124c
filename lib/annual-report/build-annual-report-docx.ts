import "server-only";
import { Resvg } from "@resvg/resvg-js";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  FileChild,
  type IContext,
  type IParagraphStyleOptions,
  type IXmlableObject,
  type PageNumberEstimator,
} from "docx";
import { estimatePageNumbers } from "docx/layout";
import type { AnnualReportData } from "@/lib/annual-report/annual-report-data";
import { REPORT_HEADINGS, reportOutline, type ReportBlock } from "@/lib/annual-report/report-outline";
import { CHART_FONT_FAMILY } from "@/lib/statistics/bar-chart-layout";
import { barChartSvg } from "@/lib/statistics/bar-chart-svg";

/**
 * The annual report "Brister i samverkan <år>" as a Word document: a title page with the samråd and the host
 * organisation, a table of contents (a Word TOC field over the Heading1 and Heading2 styles, so it and the
 * navigation pane follow the headings), the group's texts, the figures, the chart and the tables, the examples,
 * and the appendix of every anonymised brist; page numbers in the footer. Pure given the data.
 */

const FONT = "Calibri";
const TEXT_COLOUR = "1A1A1A";
const HEADING_COLOUR = "11567F";
const TABLE_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "6B7280" } as const;
const NUMBERED = "rekommendationer";
/** A4 with margins of 2.5 cm, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1418 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** The chart's width on the page in pixels (at 96 to the inch): most of the text width of an A4 page. */
const CHART_DISPLAY_WIDTH = 560;
const CHART_RENDER_ZOOM = 3;
/** Table cells' inner margins, set once on each table rather than on every cell. */
const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };
/**
 * How many rows of the appendix (the document's last table) are laid out to work out the table of contents' page
 * numbers. The appendix starts on a page of its own after every heading the table of contents lists, so its rows do
 * not move them; laying out 10,000 rows would take half a minute.
 */
const APPENDIX_ROWS_LAID_OUT = 50;

type XmlNode = Record<string, unknown>;

/**
 * The document with its last table (the appendix) cut to its first rows, or null when it is short enough already.
 * The document's XML is one element, Word's container of paragraphs, tables and section properties, in order.
 */
function withShortAppendix(documentXml: XmlNode): XmlNode | null {
  const entries = Object.entries(documentXml);
  if (entries.length !== 1) return null;
  const [[element, blocks]] = entries as [[string, unknown]];
  if (!Array.isArray(blocks)) return null;
  const last = blocks.findLastIndex((block: XmlNode) => "w:tbl" in block);
  const parts = (blocks[last] as XmlNode | undefined)?.["w:tbl"];
  if (!Array.isArray(parts)) return null;
  let rows = 0;
  const kept = parts.filter((part: XmlNode) => !("w:tr" in part) || ++rows <= APPENDIX_ROWS_LAID_OUT);
  if (kept.length === parts.length) return null;
  return { [element]: blocks.map((block, i) => (i === last ? { "w:tbl": kept } : block)) };
}

/**
 * Page numbers for the table of contents, worked out with the appendix cut to its first rows. When it was cut, the
 * number of pages is left out: Word and LibreOffice count the pages in the footer themselves as they lay them out.
 * Without the estimator's `listNumbers`: the headings are not in a numbered list, so their entries in the table of
 * contents start with no number, and reading the document once more for them took a fifth of the export's time.
 */
const pageNumbers: PageNumberEstimator = (
  documentXml: XmlNode,
  context: Parameters<PageNumberEstimator>[1],
) => {
  const cut = withShortAppendix(documentXml);
  if (!cut) return estimatePageNumbers(documentXml, context);
  const numbers = estimatePageNumbers(cut, context);
  return { ...numbers, pageCount: undefined, sectionPageCounts: undefined };
};

/** The bar chart as a PNG, drawn from the same SVG as the statistics page shows. */
export function chartPng(block: Extract<ReportBlock, { kind: "chart" }>): {
  png: Buffer;
  width: number;
  height: number;
} {
  const svg = barChartSvg(
    { title: block.title, summary: block.summary, rows: block.rows },
    { id: "diagram" },
  );
  const rendered = new Resvg(svg, {
    fitTo: { mode: "zoom", value: CHART_RENDER_ZOOM },
    background: "#ffffff",
    font: { loadSystemFonts: true, sansSerifFamily: "DejaVu Sans", defaultFontFamily: CHART_FONT_FAMILY },
  }).render();
  return { png: rendered.asPng(), width: rendered.width, height: rendered.height };
}

/** Text with "\n" as line breaks. */
function runs(text: string, options: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return text
    .split("\n")
    .map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, ...options }));
}

const HEADING_LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

function cell(text: string, options: { header?: boolean; right?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
    children: [
      new Paragraph({
        ...(options.right ? { alignment: AlignmentType.RIGHT } : {}),
        children: runs(text, { bold: options.header }),
      }),
    ],
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: "E5EEF5" } } : {}),
  });
}

/** The element's children, as the docx package formats them: an array, or one attributes object. */
function childrenOf(element: unknown, key: string): unknown[] {
  const content = (element as XmlNode)[key];
  return Array.isArray(content) ? content : [content];
}

/**
 * A formatted body row of a table, with the texts of `template`'s cells replaced by `texts`: the cell and paragraph
 * properties are shared with the template. Only for cells of one run of text, as `cell` makes them for text without
 * line breaks.
 */
function rowLike(template: XmlNode, texts: readonly string[]): XmlNode {
  let column = 0;
  return {
    "w:tr": childrenOf(template, "w:tr").map((part) => {
      if (!(part as XmlNode)["w:tc"]) return part;
      const text = texts[column++]!;
      return {
        "w:tc": childrenOf(part, "w:tc").map((cellPart) =>
          (cellPart as XmlNode)["w:p"]
            ? {
                "w:p": childrenOf(cellPart, "w:p").map((paragraphPart) =>
                  (paragraphPart as XmlNode)["w:r"]
                    ? {
                        "w:r": childrenOf(paragraphPart, "w:r").map((runPart) =>
                          (runPart as XmlNode)["w:t"]
                            ? { "w:t": [childrenOf(runPart, "w:t")[0], text] }
                            : runPart,
                        ),
                      }
                    : paragraphPart,
                ),
              }
            : cellPart,
        ),
      };
    }),
  };
}

/**
 * A table whose body rows after the first are written from the first row's formatted XML rather than as the docx
 * package's row, cell, paragraph and run objects: the appendix has a row for every brist, and building and formatting
 * some 30,000 cells one object at a time took most of the export's time. The XML is the same.
 */
class TableWithRepeatedRows extends FileChild {
  constructor(
    private readonly table: Table,
    private readonly rest: readonly (readonly string[])[],
  ) {
    super("w:tbl");
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const formatted = this.table.prepForXml(context);
    const parts = formatted?.["w:tbl"];
    if (!Array.isArray(parts)) return formatted;
    const template = parts.findLast((part: XmlNode) => "w:tr" in part) as XmlNode;
    return { "w:tbl": [...parts, ...this.rest.map((texts) => rowLike(template, texts))] } as IXmlableObject;
  }
}

function table(block: Extract<ReportBlock, { kind: "table" }>): FileChild[] {
  const right = (column: number) => block.numeric.includes(column);
  // Rows of one run per cell can be written from the first row's XML; text with line breaks takes several runs.
  const repeatable =
    block.rows.length > 1 &&
    block.rows.every(
      (row) =>
        row.length === block.rows[0]!.length && row.every((text) => text !== "" && !text.includes("\n")),
    );
  // The header row carries the column widths; the table's grid gives them to the rows below.
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.headers.map((text, column) =>
      cell(text, { header: true, right: right(column), width: block.widths[column] }),
    ),
  });
  const rows = block.rows.length
    ? (repeatable ? block.rows.slice(0, 1) : block.rows).map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, column) => cell(text, { right: right(column) })),
          }),
      )
    : [
        new TableRow({
          children: [
            new TableCell({
              columnSpan: block.headers.length,
              children: [
                new Paragraph({ children: [new TextRun({ text: "Inga brister.", italics: true })] }),
              ],
            }),
          ],
        }),
      ];
  const formatted = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: block.widths.map((share) => Math.round((TEXT_WIDTH * share) / 100)),
    margins: CELL_MARGINS,
    borders: {
      top: TABLE_BORDER,
      bottom: TABLE_BORDER,
      left: TABLE_BORDER,
      right: TABLE_BORDER,
      insideHorizontal: TABLE_BORDER,
      insideVertical: TABLE_BORDER,
    },
    rows: [header, ...rows],
  });
  return [
    new Paragraph({ style: "Caption", keepNext: true, children: [new TextRun(block.caption)] }),
    repeatable ? new TableWithRepeatedRows(formatted, block.rows.slice(1)) : formatted,
    ...(block.note
      ? [new Paragraph({ spacing: { before: 80 }, children: [new TextRun({ text: block.note, size: 18 })] })]
      : [new Paragraph({ children: [] })]),
  ];
}

function blockChildren(block: ReportBlock): FileChild[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: HEADING_LEVELS[block.level], children: [new TextRun(block.text)] })];
    case "paragraph":
      return [
        new Paragraph({
          children: runs(block.text, { italics: block.style === "placeholder" }),
          ...(block.style === "meta" ? { style: "Metadata", keepNext: true } : {}),
        }),
      ];
    case "bullets":
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case "numbered":
      return block.items.map(
        (item) => new Paragraph({ numbering: { reference: NUMBERED, level: 0 }, children: runs(item) }),
      );
    case "labelled":
      return [
        new Paragraph({ keepNext: true, children: [new TextRun({ text: block.label, bold: true })] }),
        new Paragraph({ children: runs(block.text) }),
      ];
    case "chart": {
      const { png, width, height } = chartPng(block);
      const shown = Math.min(CHART_DISPLAY_WIDTH, width / CHART_RENDER_ZOOM) || CHART_DISPLAY_WIDTH;
      const scale = shown / width;
      return [
        new Paragraph({
          style: "Caption",
          keepNext: true,
          children: [new TextRun(`Diagram: ${block.title}`)],
        }),
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: "png",
              data: png,
              transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
              // The figures are in the table below the chart.
              altText: {
                name: block.title,
                title: `${block.title}. Siffrorna finns i tabellen under diagrammet.`,
              },
            }),
          ],
        }),
      ];
    }
    case "table":
      return table(block);
  }
}

function headingStyle(
  level: 1 | 2 | 3,
  look: { size: number; colour: string; before: number; after: number },
): IParagraphStyleOptions {
  return {
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { font: FONT, size: look.size, bold: true, color: look.colour },
    paragraph: {
      spacing: { before: look.before, after: look.after },
      keepNext: true,
      outlineLevel: level - 1,
    },
  };
}

function titlePage(title: string, subtitle: string[]): FileChild[] {
  return [
    new Paragraph({ spacing: { before: 3600 }, children: [] }),
    new Paragraph({ style: "Title", children: [new TextRun(title)] }),
    ...subtitle.map(
      (line, index) =>
        new Paragraph({
          style: "Subtitle",
          spacing: { before: index === 0 ? 240 : 60 },
          children: [new TextRun(line)],
        }),
    ),
  ];
}

export async function buildAnnualReportDocx(data: AnnualReportData): Promise<Buffer> {
  const outline = reportOutline(data);
  const children: FileChild[] = [
    ...titlePage(outline.title, outline.subtitle),
    new Paragraph({
      style: "TOCHeading",
      pageBreakBefore: true,
      children: [new TextRun(REPORT_HEADINGS.contents)],
    }),
    new TableOfContents(REPORT_HEADINGS.contents, { hyperlink: true, headingStyleRange: "1-2" }),
  ];
  let firstHeading = true;
  for (const block of outline.blocks) {
    const made = blockChildren(block);
    // Each chapter starts on a page of its own, the first after the table of contents.
    if (block.kind === "heading" && block.level === 1) {
      made[0] = new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: firstHeading || block.text.startsWith(REPORT_HEADINGS.appendix),
        children: [new TextRun(block.text)],
      });
      firstHeading = false;
    }
    children.push(...made);
  }

  const document = new Document({
    title: outline.title,
    subject: `Rapport till ${data.samradName}`,
    creator: data.hostOrganisation,
    lastModifiedBy: data.serviceName,
    // The table of contents is written with its page numbers; Word still updates them when it opens the file.
    pageNumbers,
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, color: TEXT_COLOUR, language: { value: "sv-SE" } },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { font: FONT, size: 56, bold: true, color: HEADING_COLOUR } },
      },
      paragraphStyles: [
        // Word's own heading styles by id and name ("heading 1"), with their outline level: Word's navigation pane,
        // the table of contents, LibreOffice and screen readers take them for headings.
        headingStyle(1, { size: 36, colour: HEADING_COLOUR, before: 360, after: 160 }),
        headingStyle(2, { size: 28, colour: HEADING_COLOUR, before: 280, after: 120 }),
        headingStyle(3, { size: 24, colour: TEXT_COLOUR, before: 200, after: 80 }),
        {
          id: "Subtitle",
          name: "Subtitle",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { size: 28, color: TEXT_COLOUR },
        },
        {
          id: "TOCHeading",
          name: "TOC Heading",
          basedOn: "Normal",
          next: "Normal",
          run: { size: 36, bold: true, color: HEADING_COLOUR },
          paragraph: { spacing: { after: 200 } },
        },
        {
          id: "Caption",
          name: "caption",
          basedOn: "Normal",
          next: "Normal",
          run: { bold: true, size: 20 },
          paragraph: { spacing: { before: 160, after: 80 } },
        },
        {
          id: "Metadata",
          name: "Uppgifter",
          basedOn: "Normal",
          next: "Normal",
          run: { color: "374151" },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: "%1.",
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 440, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          // The title page has none.
          first: new Footer({ children: [new Paragraph({ children: [] })] }),
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${outline.footer}  ·  Sida `, size: 18 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
                  new TextRun({ text: " av ", size: 18 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
