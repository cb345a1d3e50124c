/**
 * A horizontal bar chart as an SVG element tree: the geometry and markup shared by the React component (on the
 * statistics page) and `barChartSvg` (a standalone file rasterised for the Word report), so both draw the same.
 *
 * Each row is its label (wrapped over as many lines as it needs) above its bar, with the value written after the
 * bar: the chart reads at 320 px wide and no meaning rests on colour. A suppressed count is drawn hatched with a
 * dark outline; when its value is withheld the box has a fixed small width, so neither the bar nor the scale
 * reveals it (the scale is taken from the values shown).
 */

export interface BarDatum {
  label: string;
  /** The count, or null when withheld (a suppressed count as the arbetsgrupp gets it). */
  value: number | null;
  /** The value as written after the bar and in the table: "12", "<3", "–". */
  display: string;
  /** A suppressed count: drawn hatched. Implied by `value: null`. */
  suppressed?: boolean;
  /** The share as text ("34 %"), for the table. */
  shareDisplay?: string;
}

export interface BarChartInput {
  /** The chart's accessible name (its SVG <title>). */
  title: string;
  /** Said before the values in the SVG <desc>. */
  summary?: string;
  rows: readonly BarDatum[];
  /** The value of a full-length bar; default the largest value shown. */
  max?: number;
}

export interface SvgNode {
  tag: string;
  /** SVG attribute names as written in markup ("stroke-width"). */
  attrs: Record<string, string | number>;
  children: (SvgNode | string)[];
}

export const CHART_WIDTH = 360;
export const CHART_FONT_FAMILY = "sans-serif";
/**
 * Contrast on white: bars in the app's brand blue 7.9:1, text near-black 17:1, hatching and outlines dark grey
 * 7.6:1 (WCAG AA asks 3:1 for graphics, 4.5:1 for text).
 */
export const CHART_COLOURS = { bar: "#11567f", text: "#1a1a1a", hatch: "#4b5563", background: "#ffffff" };

const PADDING = 8;
const FONT_SIZE = 14;
const LINE_HEIGHT = 18;
const BAR_HEIGHT = 20;
const LABEL_GAP = 4;
const ROW_GAP = 14;
const VALUE_GAP = 6;
/** A wide-ish estimate of a character's width in a sans-serif font, as a fraction of the font size. */
const CHAR_WIDTH = 0.6;
const WITHHELD_WIDTH = 24;
export const WITHHELD_NOTE = "Streckad stapel: antalet visas inte för att skydda enskilda.";

export function estimateTextWidth(text: string, fontSize = FONT_SIZE): number {
  return text.length * fontSize * CHAR_WIDTH;
}

/** Splits a label into lines of at most `maxChars` characters, at spaces; a longer word is cut. */
export function wrapLabel(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.trim().split(/\s+/).filter(Boolean)) {
    const pieces = word.match(new RegExp(`.{1,${maxChars}}`, "gu")) ?? [word];
    for (const piece of pieces) {
      if (line === "") line = piece;
      else if (line.length + 1 + piece.length <= maxChars) line = `${line} ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

/** The chart's accessible text (its <desc>): the caller's summary, then every label and value, then the hatching note. */
export function describeBarChart(input: BarChartInput): string {
  const values = input.rows.map((row) => `${row.label}: ${row.display}`).join("; ");
  const parts = [input.summary?.trim(), values ? `${values}.` : "Inga värden."];
  if (input.rows.some(isSuppressed)) parts.push(WITHHELD_NOTE);
  return parts.filter(Boolean).join(" ");
}

function isSuppressed(row: BarDatum): boolean {
  return row.value === null || row.suppressed === true;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Ids in the SVG are `${id}-title`, `${id}-desc` and `${id}-hatch`: give each chart on a page its own `id`. */
export function barChartTree(input: BarChartInput, id: string): SvgNode {
  const innerWidth = CHART_WIDTH - 2 * PADDING;
  const valueSpace = Math.max(
    40,
    ...input.rows.map((row) => Math.ceil(estimateTextWidth(row.display)) + VALUE_GAP + 2),
  );
  const barSpace = Math.max(innerWidth - valueSpace, WITHHELD_WIDTH);
  const shown = input.rows.map((row) => row.value).filter((v): v is number => v !== null && v > 0);
  const max = input.max ?? Math.max(0, ...shown);
  const maxChars = Math.max(8, Math.floor(innerWidth / (FONT_SIZE * CHAR_WIDTH)));

  const rowNodes: SvgNode[] = [];
  let y = PADDING;
  for (const row of input.rows) {
    const lines = wrapLabel(row.label, maxChars);
    const texts = lines.map((line, i) =>
      el("text", { x: PADDING, y: round(y + (i + 1) * LINE_HEIGHT - 4), "font-size": FONT_SIZE }, [line]),
    );
    y += lines.length * LINE_HEIGHT + LABEL_GAP;
    const suppressed = isSuppressed(row);
    const width =
      row.value === null
        ? WITHHELD_WIDTH
        : max > 0
          ? round((Math.min(Math.max(row.value, 0), max) / max) * barSpace)
          : 0;
    const bar = el("rect", {
      class: suppressed ? "bar bar-suppressed" : "bar",
      x: PADDING,
      y: round(y),
      width,
      height: BAR_HEIGHT,
      fill: suppressed ? `url(#${id}-hatch)` : CHART_COLOURS.bar,
      ...(suppressed ? { stroke: CHART_COLOURS.hatch, "stroke-width": 1.5 } : {}),
    });
    const value = el(
      "text",
      {
        class: "value",
        x: round(PADDING + width + VALUE_GAP),
        y: round(y + BAR_HEIGHT / 2 + FONT_SIZE * 0.35),
        "font-size": FONT_SIZE,
        "font-weight": 600,
      },
      [row.display],
    );
    rowNodes.push(el("g", { class: "row" }, [...texts, bar, value]));
    y += BAR_HEIGHT + ROW_GAP;
  }
  const height = round(Math.max(y - ROW_GAP + PADDING, 2 * PADDING + LINE_HEIGHT));

  return el(
    "svg",
    {
      role: "img",
      "aria-labelledby": `${id}-title ${id}-desc`,
      viewBox: `0 0 ${CHART_WIDTH} ${height}`,
      "font-family": CHART_FONT_FAMILY,
      fill: CHART_COLOURS.text,
    },
    [
      el("title", { id: `${id}-title` }, [input.title]),
      el("desc", { id: `${id}-desc` }, [describeBarChart(input)]),
      el("defs", {}, [
        el(
          "pattern",
          {
            id: `${id}-hatch`,
            patternUnits: "userSpaceOnUse",
            width: 6,
            height: 6,
            patternTransform: "rotate(45)",
          },
          [
            el("rect", { width: 6, height: 6, fill: CHART_COLOURS.background }),
            el("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: CHART_COLOURS.hatch, "stroke-width": 2 }),
          ],
        ),
      ]),
      el("rect", { width: CHART_WIDTH, height, fill: CHART_COLOURS.background }),
      ...rowNodes,
    ],
  );
}

function el(tag: string, attrs: SvgNode["attrs"], children: SvgNode["children"] = []): SvgNode {
  return { tag, attrs, children };
}
