import type { AnnualReportData, ReportExample } from "@/lib/annual-report/annual-report-data";
import { OPEN_QUESTIONS_LEAD } from "@/lib/annual-report/default-sections";
import { SECTION_LABELS } from "@/lib/annual-report/schemas";
import type { BarDatum } from "@/lib/statistics/bar-chart-layout";
import { barDataFromRows } from "@/lib/statistics/bar-data";
import type { PublishedRankedRow } from "@/lib/statistics/publish";

/**
 * The annual report as an ordered list of blocks: headings, paragraphs, lists, the chart, tables and examples. Pure,
 * so the .docx and the print view are the same report, and a test can read its structure without a document.
 */

export type ReportBlock =
  | { kind: "heading"; level: 1 | 2 | 3; text: string; id: string }
  /** A paragraph; a "\n" in the text is a line break. A placeholder is a section nobody has written yet. */
  | { kind: "paragraph"; text: string; style?: "placeholder" | "meta" }
  | { kind: "bullets"; items: string[] }
  | { kind: "numbered"; items: string[] }
  | { kind: "chart"; title: string; summary: string; rows: BarDatum[] }
  | {
      kind: "table";
      caption: string;
      headers: string[];
      rows: string[][];
      /** Columns of figures, aligned right. */
      numeric: number[];
      /** Each column's share of the width, in per cent. */
      widths: number[];
      note: string | null;
    }
  /** A label in bold, then its text: one redacted text of an example. */
  | { kind: "labelled"; label: string; text: string };

export interface ReportOutline {
  title: string;
  /** Lines under the title on the title page. */
  subtitle: string[];
  /** Shown in the footer beside the page number. */
  footer: string;
  blocks: ReportBlock[];
}

export const REPORT_HEADINGS = {
  contents: "Innehåll",
  summary: SECTION_LABELS.summary.label,
  deficiencies: "Inkomna brister",
  causes: "Bakomliggande orsaker",
  mostCommon: "De vanligaste bristerna",
  other: SECTION_LABELS.otherDeficiencies.label,
  focus: "Särskilt fokus",
  analysis: SECTION_LABELS.analysis.label,
  openQuestions: SECTION_LABELS.openQuestions.label,
  recommendations: SECTION_LABELS.recommendations.label,
  appendix: "Bilaga: Avidentifierade brister",
} as const;

export const PLACEHOLDER = "Arbetsgruppen har inte skrivit den här delen ännu.";

export function reportTitle(year: number): string {
  return `Brister i samverkan ${year}`;
}

/** The focus section's heading: "Särskilt fokus: Utskrivning från inneliggande vård". */
export function focusHeading(focusTitle: string): string {
  const title = focusTitle.trim();
  return title ? `${REPORT_HEADINGS.focus}: ${title}` : REPORT_HEADINGS.focus;
}

const BULLET = /^\s*[-–•*]\s+/;

/**
 * A text as the group typed it: paragraphs split at blank lines; a paragraph whose every line starts with "-", "–",
 * "•" or "*" is a bulleted list.
 */
export function textBlocks(text: string): ReportBlock[] {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^\n+|\s+$/g, ""))
    .filter((p) => p.trim() !== "");
  return paragraphs.map((paragraph): ReportBlock => {
    const lines = paragraph.split("\n").filter((line) => line.trim() !== "");
    if (lines.every((line) => BULLET.test(line))) {
      return { kind: "bullets", items: lines.map((line) => line.replace(BULLET, "").trim()) };
    }
    return { kind: "paragraph", text: lines.map((line) => line.trim()).join("\n") };
  });
}

function textOrPlaceholder(text: string): ReportBlock[] {
  const blocks = textBlocks(text);
  return blocks.length > 0 ? blocks : [{ kind: "paragraph", text: PLACEHOLDER, style: "placeholder" }];
}

/** "kommunikation, rutiner och SIP". */
export function joinSwedish(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} och ${items.at(-1)}`;
}

/** "kommunikation" as a heading: "Kommunikation" ("SIP" stays as it is). */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("sv") + text.slice(1);
}

/** "1 brist", "12 brister", "<3 brister". */
export function bristerCount(display: string): string {
  return display === "1" ? "1 brist" : `${display} brister`;
}

/** A heading's anchor id: "rubrik-3". */
function headingIds() {
  let next = 0;
  return (level: 1 | 2 | 3, text: string): ReportBlock => ({
    kind: "heading",
    level,
    text,
    id: `rubrik-${++next}`,
  });
}

function exampleBlocks(example: ReportExample): ReportBlock[] {
  const meta = [
    example.month ? `Månad: ${example.month}.` : null,
    example.categories.length ? `Bakomliggande orsaker: ${example.categories.join(", ")}.` : null,
  ].filter(Boolean);
  return [
    { kind: "heading", level: 3, text: `Exempel ${example.reference}`, id: `exempel-${example.reference}` },
    ...(meta.length ? [{ kind: "paragraph", text: meta.join(" "), style: "meta" } as const] : []),
    ...example.texts.map((t): ReportBlock => ({ kind: "labelled", label: t.label, text: t.text })),
  ];
}

/** "19 brister (66 % av bristerna) hade kommunikation som en av orsakerna." */
export function topCategoryFigure(row: PublishedRankedRow): string {
  return `${bristerCount(row.count.display)} (${row.share.display} av bristerna) hade ${row.label} som en av orsakerna.`;
}

export interface PlacedExamples {
  /** Under each of the most common categories, by its name. */
  byCategory: Map<string, ReportExample[]>;
  /** Under "Övriga brister": chosen examples in none of the most common categories. */
  other: ReportExample[];
  /** Under the year's focus: every brist marked as a focus case. */
  focus: ReportExample[];
}

/**
 * Where each chosen brist appears, once: a focus case under the focus; an example under the first of the most
 * common categories it has, else under "Övriga brister".
 */
export function placeExamples(data: Pick<AnnualReportData, "examples" | "statistics">): PlacedExamples {
  const byCategory = new Map<string, ReportExample[]>();
  const other: ReportExample[] = [];
  const top = data.statistics.topCategories.rows.map((row) => row.label);
  for (const example of data.examples) {
    if (example.isFocusCase || !example.isReportExample) continue;
    const category = top.find((label) => example.categories.includes(label));
    if (category) byCategory.set(category, [...(byCategory.get(category) ?? []), example]);
    else other.push(example);
  }
  return { byCategory, other, focus: data.examples.filter((e) => e.isFocusCase) };
}

/** The whole report, in the order the 2025 report was written. */
export function reportOutline(data: AnnualReportData): ReportOutline {
  const heading = headingIds();
  const { statistics, sections, year } = data;
  const blocks: ReportBlock[] = [];
  const total = statistics.total.display;

  blocks.push(heading(1, REPORT_HEADINGS.summary), ...textOrPlaceholder(sections.summary));

  // The number of brister and the causes, with the chart and its table.
  const categoryRows = statistics.categories.rows;
  const named = categoryRows.map((row) => row.label);
  blocks.push(heading(1, REPORT_HEADINGS.deficiencies), {
    kind: "paragraph",
    text: `Under ${year} inkom ${bristerCount(total)} i samverkan som arbetsgruppen har gått igenom.`,
  });
  blocks.push(heading(2, REPORT_HEADINGS.causes));
  if (named.length > 0) {
    blocks.push({
      kind: "paragraph",
      text:
        `Bakomliggande orsaker har delats in i följande kategorier: ${joinSwedish(named)}. ` +
        "En brist kan innehålla flera orsaker och ingå i flera kategorier, så antalen blir tillsammans fler än antalet brister.",
    });
  }
  const notStated = statistics.categories.notStated;
  const categoryNote =
    [
      notStated && notStated.display !== "0" ? `Utan kategori: ${notStated.display}.` : null,
      statistics.categories.hasSuppressed || notStated?.suppressed ? statistics.note : null,
    ]
      .filter(Boolean)
      .join(" ") || null;
  const chartTitle = `Brister per bakomliggande orsak ${year}`;
  if (categoryRows.length > 0) {
    blocks.push({
      kind: "chart",
      title: chartTitle,
      summary: `Antal brister ${year} per bakomliggande orsak, av ${bristerCount(total)}.`,
      rows: barDataFromRows(categoryRows),
    });
  }
  blocks.push({
    kind: "table",
    caption: chartTitle,
    headers: ["Bakomliggande orsak", "Antal", "Andel av bristerna"],
    rows: categoryRows.map((row) => [row.label, row.count.display, row.share.display]),
    numeric: [1, 2],
    widths: [56, 16, 28],
    note: categoryNote,
  });

  // The most common causes, each with the group's text and the examples chosen for it.
  const top = statistics.topCategories;
  const placed = placeExamples(data);
  blocks.push(heading(1, REPORT_HEADINGS.mostCommon));
  if (top.rows.length === 0) {
    blocks.push({ kind: "paragraph", text: `Inga brister med bakomliggande orsaker ${year}.` });
  } else {
    blocks.push({
      kind: "paragraph",
      text:
        `De vanligaste bakomliggande orsakerna ${year} var ${joinSwedish(top.rows.map((r) => r.label))}.` +
        (top.tiedAtCutoff
          ? " Flera orsaker delar den sista platsen, därför beskrivs alla som delar den."
          : ""),
    });
  }
  for (const row of top.rows) {
    blocks.push(heading(2, capitalise(row.label)), {
      kind: "paragraph",
      text: topCategoryFigure(row),
      style: "meta",
    });
    blocks.push(...textOrPlaceholder(sections.categoryTexts[row.label] ?? ""));
    for (const example of placed.byCategory.get(row.label) ?? []) blocks.push(...exampleBlocks(example));
  }

  blocks.push(heading(1, REPORT_HEADINGS.other), ...textOrPlaceholder(sections.otherDeficiencies));
  for (const example of placed.other) blocks.push(...exampleBlocks(example));

  blocks.push(heading(1, focusHeading(sections.focusTitle)), ...textOrPlaceholder(sections.focus));
  for (const example of placed.focus) blocks.push(...exampleBlocks(example));

  blocks.push(heading(1, REPORT_HEADINGS.analysis), ...textOrPlaceholder(sections.analysis));

  blocks.push(heading(1, REPORT_HEADINGS.openQuestions), {
    kind: "paragraph",
    text: `Arbetsgruppen och ${data.samradName} vill uppmuntra till att ta upp rapporten i respektive verksamhet för dialog och lärande. Nedan följer öppna frågor att ha dialog om inom verksamheterna.`,
  });
  if (sections.openQuestions.length > 0) {
    blocks.push(
      { kind: "paragraph", text: OPEN_QUESTIONS_LEAD },
      { kind: "bullets", items: sections.openQuestions },
    );
  } else {
    blocks.push({ kind: "paragraph", text: PLACEHOLDER, style: "placeholder" });
  }

  blocks.push(heading(1, REPORT_HEADINGS.recommendations));
  blocks.push(
    sections.recommendations.length > 0
      ? { kind: "numbered", items: sections.recommendations }
      : { kind: "paragraph", text: PLACEHOLDER, style: "placeholder" },
  );

  blocks.push(heading(1, `${REPORT_HEADINGS.appendix} ${year}`), {
    kind: "paragraph",
    text: `Alla brister ${year} som arbetsgruppen har läst i avidentifierad form, med månad och bakomliggande orsaker.`,
  });
  blocks.push({
    kind: "table",
    caption: `Avidentifierade brister ${year}`,
    headers: ["Referens", "Månad", "Bakomliggande orsaker"],
    rows: data.appendix.map((row) => [row.reference, row.month ?? "Okänd", row.categories.join(", ") || "–"]),
    numeric: [],
    widths: [24, 24, 52],
    note: null,
  });

  return {
    title: reportTitle(year),
    subtitle: [`Rapport från arbetsgruppen till ${data.samradName}`, data.hostOrganisation, data.madeOn],
    footer: reportTitle(year),
    blocks,
  };
}
