import * as z from "zod";
import { blockedMessage, blockingHitsIn } from "@/lib/reports/identifier-findings";
import { id, text } from "@/lib/validation/fields";

/**
 * The annual report's text as the arbetsgrupp writes it: what an AnnualReport row and each of its versions hold,
 * and what the editor sends. One schema for the form and the server; a personnummer or samordningsnummer in any
 * text is refused, other details that may identify someone are pointed out (see save-annual-report.ts).
 */

export const TEXT_MAX = 20_000;
export const TITLE_MAX = 200;
export const LIST_MAX_ITEMS = 30;
export const QUESTION_MAX = 500;
export const RECOMMENDATION_MAX = 3000;
export const CATEGORY_TEXTS_MAX = 50;
export const CATEGORY_NAME_MAX = 200;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** The stored sections. Category texts are keyed by the category's name, so they survive a change of the top list. */
export const ZAnnualReportSections = z.object({
  summary: text().max(TEXT_MAX),
  categoryTexts: z.record(text().min(1).max(CATEGORY_NAME_MAX), text().max(TEXT_MAX)),
  otherDeficiencies: text().max(TEXT_MAX),
  focusTitle: text().max(TITLE_MAX),
  focus: text().max(TEXT_MAX),
  analysis: text().max(TEXT_MAX),
  openQuestions: z.array(text().min(1).max(QUESTION_MAX)).max(LIST_MAX_ITEMS),
  recommendations: z.array(text().min(1).max(RECOMMENDATION_MAX)).max(LIST_MAX_ITEMS),
});
export type TAnnualReportSections = z.infer<typeof ZAnnualReportSections>;

/** The texts of the report's fixed sections: their keys in the form and in the stored JSON. */
export type SectionKey = Exclude<keyof TAnnualReportSections, "categoryTexts">;

/** Each fixed section's name in the editor, the export and in messages ("… ur sammanfattningen"). */
export const SECTION_LABELS: Record<SectionKey, { label: string; where: string }> = {
  summary: { label: "Sammanfattning", where: "sammanfattningen" },
  otherDeficiencies: { label: "Övriga brister", where: "texten om övriga brister" },
  focusTitle: { label: "Rubrik för årets fokus", where: "rubriken för årets fokus" },
  focus: { label: "Årets fokus", where: "texten om årets fokus" },
  analysis: { label: "Sammanfattning och analys", where: "sammanfattningen och analysen" },
  openQuestions: { label: "Öppna frågor för dialog", where: "de öppna frågorna" },
  recommendations: { label: "Arbetsgruppens rekommendationer", where: "rekommendationerna" },
};

export function categoryTextWhere(category: string): string {
  return `texten om ${category}`;
}

/** Lines of a list typed one per line: trimmed, empty ones and a leading bullet or number dropped. */
export function listLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-–•*]|\d{1,2}[.)])\s+/, "").trim())
    .filter(Boolean);
}

/** A list as the editor shows it: one item per line. */
export function listText(items: readonly string[]): string {
  return items.join("\n");
}

/** A text that refuses a personnummer or samordningsnummer, naming where it is. */
function checkedText(max: number, where: string) {
  return text()
    .max(max, { error: `${capitaliseFirst(where)} får vara högst ${max} tecken.` })
    .superRefine((text, ctx) => {
      const hits = blockingHitsIn(text);
      if (hits.length > 0) ctx.addIssue({ code: "custom", message: blockedMessage(hits, where) });
    });
}

function capitaliseFirst(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function checkedList(itemMax: number, where: string, noun: string) {
  return checkedText(LIST_MAX_ITEMS * (itemMax + 1), where)
    .refine((text) => listLines(text).length <= LIST_MAX_ITEMS, {
      error: `Skriv högst ${LIST_MAX_ITEMS} ${noun}, en per rad.`,
    })
    .refine((text) => listLines(text).every((line) => line.length <= itemMax), {
      error: `Varje rad i ${where} får vara högst ${itemMax} tecken.`,
    })
    .transform(listLines);
}

const ZYear = z.number().int().min(MIN_YEAR).max(MAX_YEAR);
/** The version the editor was opened on: "" before the year's first save. */
const ZBaseVersion = text()
  .max(40)
  .transform((value) => value || null);

/** What the editor sends. The category texts come as a list (a name can hold any character), stored by name. */
export const ZSaveAnnualReport = z
  .object({
    year: ZYear,
    baseVersionId: ZBaseVersion,
    summary: checkedText(TEXT_MAX, SECTION_LABELS.summary.where),
    categoryTexts: z
      .array(
        z.object({
          category: text().min(1).max(CATEGORY_NAME_MAX),
          text: text(),
        }),
      )
      .max(CATEGORY_TEXTS_MAX)
      .superRefine((entries, ctx) => {
        entries.forEach((entry, index) => {
          const checked = checkedText(TEXT_MAX, categoryTextWhere(entry.category)).safeParse(entry.text);
          for (const issue of checked.error?.issues ?? []) {
            ctx.addIssue({ code: "custom", message: issue.message, path: [index, "text"] });
          }
        });
      }),
    otherDeficiencies: checkedText(TEXT_MAX, SECTION_LABELS.otherDeficiencies.where),
    focusTitle: checkedText(TITLE_MAX, SECTION_LABELS.focusTitle.where).transform((text) => text.trim()),
    focus: checkedText(TEXT_MAX, SECTION_LABELS.focus.where),
    analysis: checkedText(TEXT_MAX, SECTION_LABELS.analysis.where),
    openQuestions: checkedList(QUESTION_MAX, SECTION_LABELS.openQuestions.where, "frågor"),
    recommendations: checkedList(
      RECOMMENDATION_MAX,
      SECTION_LABELS.recommendations.where,
      "rekommendationer",
    ),
  })
  .transform(({ year, baseVersionId, categoryTexts, ...texts }) => ({
    year,
    baseVersionId,
    sections: {
      ...texts,
      // An emptied text is dropped rather than kept as "".
      categoryTexts: Object.fromEntries(
        categoryTexts
          .filter((entry) => entry.text.trim() !== "")
          .map((entry) => [entry.category, entry.text] as const),
      ),
    } satisfies TAnnualReportSections,
  }));
export type TSaveAnnualReportInput = z.input<typeof ZSaveAnnualReport>;
export type TSaveAnnualReport = z.output<typeof ZSaveAnnualReport>;

/** Restoring an earlier version: it is saved again as the newest. */
export const ZRestoreAnnualReportVersion = z.object({
  year: ZYear,
  versionId: id,
  baseVersionId: ZBaseVersion,
});
export type TRestoreAnnualReportVersion = z.output<typeof ZRestoreAnnualReportVersion>;

/** A year from the URL ("2026"), or null. */
export function parseReportYear(value: string | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** A stored row's sections; a field that is missing or malformed falls back to the given default. */
export function parseStoredSections(value: unknown, fallback: TAnnualReportSections): TAnnualReportSections {
  const whole = ZAnnualReportSections.safeParse(value);
  if (whole.success) return whole.data;
  const stored = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const shape = ZAnnualReportSections.shape;
  const field = <K extends keyof TAnnualReportSections>(key: K): TAnnualReportSections[K] => {
    const parsed = shape[key].safeParse(stored[key]);
    return parsed.success ? (parsed.data as TAnnualReportSections[K]) : fallback[key];
  };
  return {
    summary: field("summary"),
    categoryTexts: field("categoryTexts"),
    otherDeficiencies: field("otherDeficiencies"),
    focusTitle: field("focusTitle"),
    focus: field("focus"),
    analysis: field("analysis"),
    openQuestions: field("openQuestions"),
    recommendations: field("recommendations"),
  };
}
