/**
 * The tables of the statistics exports, shared by the .xlsx (one worksheet each) and the .csv (one section each),
 * so both files hold the same figures as the page. Built from a `StatisticsView` without the exact values of
 * hidden cells: a file leaves the service, so it carries what the arbetsgrupp may see, whoever downloads it.
 */
import { hiddenValueLabel, listedCases } from "./case-list-suppression";
import { HUVUDMAN_LABELS } from "./labels";
import type { PublishedCell } from "./publish";
import {
  BREAKDOWN_KEYS,
  BREAKDOWN_TEXTS,
  DURATION_KEYS,
  DURATION_LABELS,
  MULTIPLE_ROWS_NOTE,
  type StatisticsView,
} from "./statistics-view";
import type { StatCase } from "./types";

/**
 * A figure: `value` is the number to write, null when hidden (then `display`, "<3" or "–", is written instead).
 * A share's value is a fraction (0.25 for 25 %).
 */
export interface FigureCell {
  kind: "count" | "share" | "days";
  value: number | null;
  display: string;
}

export type ExportCell = string | number | FigureCell | null;

export interface ExportTable {
  /** The worksheet's name: at most 31 characters, none of : \ / ? * [ ]. */
  sheetName: string;
  /** The CSV section's title. */
  title: string;
  header: string[];
  rows: ExportCell[][];
  /** Said under the table. */
  notes: string[];
}

export const CASE_HEADER = [
  "Referens",
  "Månad",
  "Månaden avser",
  "Bakomliggande orsaker",
  "Områden",
  "Rapporterande huvudman",
  "Rapporterande organisation",
  "Samverkanspartens huvudman",
  "Löst",
  "Eskalerad",
];

/**
 * The year's anonymised brister, one row each: the reference, the month it is counted in, categories, areas, the
 * huvudman on both sides, the reporting organisation unless withheld, solved and escalated. No free text. A value
 * the year's breakdowns hide is written as "Annan (färre än 3)" (`listedCases`), so counting the rows gives back
 * no hidden cell.
 */
export function caseTable(view: StatisticsView, cases: readonly StatCase[]): ExportTable {
  const { year } = view;
  const listed = listedCases(cases, view.current);
  return {
    sheetName: `Brister ${year}`,
    title: `Avidentifierade brister ${year}`,
    header: CASE_HEADER,
    rows: listed.map((c) => [
      c.reference,
      c.month,
      c.monthBasis,
      c.categories.join("; "),
      c.areas.join("; "),
      c.reporterHuvudman,
      c.reportingOrganisation,
      c.partnerHuvudman.join("; "),
      c.solved,
      c.escalated,
    ]),
    notes: [
      `${listed.length} brister. Månaden är händelsens, eller den då bristen kom in när händelsens månad inte är känd.`,
      ...(view.current.hasSuppressed
        ? [
            `${hiddenValueLabel(view.threshold)} står för ett värde som färre än ${view.threshold} brister har, eller som döljs för att skydda ett sådant, som i tabellerna.`,
          ]
        : []),
    ],
  };
}

function figure(cell: PublishedCell, kind: FigureCell["kind"]): FigureCell {
  // A file carries what the arbetsgrupp may see: a hidden cell's value is never written.
  return { kind, value: cell.suppressed ? null : cell.value, display: cell.display };
}

/** The summary, the number per year, the most common causes, one table per breakdown and the medians. */
export function statisticsTables(view: StatisticsView): ExportTable[] {
  const { year, years, current } = view;
  const suppressionNotes = view.note ? [view.note] : [];
  const tables: ExportTable[] = [];

  tables.push({
    sheetName: "Sammanfattning",
    title: `Statistik ${year}`,
    header: ["Uppgift", "Värde"],
    rows: [
      ["År", year],
      ["Antal brister", figure(current.total, "count")],
      ["Jämförs med", years.length > 1 ? years.slice(0, -1).join(", ") : "–"],
      ["Gräns för små antal", view.threshold],
    ],
    notes: [
      "Statistiken bygger bara på avidentifierade och godkända brister.",
      MULTIPLE_ROWS_NOTE,
      ...suppressionNotes,
    ],
  });

  tables.push({
    sheetName: "Antal per år",
    title: "Antal brister per år",
    header: ["År", "Antal brister"],
    rows: view.published.map((p) => [p.year, figure(p.total, "count")]),
    notes: suppressionNotes,
  });

  const top = current.topCategories;
  tables.push({
    sheetName: "Vanligaste orsaker",
    title: `De ${top.places} vanligaste orsakerna ${year}`,
    header: ["Plats", "Orsak", "Antal", "Andel"],
    rows: top.rows.map((row) => [
      row.rank,
      row.label,
      figure(row.count, "count"),
      figure(row.share, "share"),
    ]),
    notes: [
      ...(top.tiedAtCutoff ? ["Flera orsaker delar sista platsen, så fler än tre är med."] : []),
      ...suppressionNotes,
    ],
  });

  for (const key of BREAKDOWN_KEYS) {
    const text = BREAKDOWN_TEXTS[key];
    const breakdown = view.breakdowns[key];
    const withHuvudman = breakdown.rows.some((row) => row.huvudman);
    const header = [
      text.labelHeader,
      ...(withHuvudman ? ["Huvudman"] : []),
      ...years.flatMap((y) => [`Antal ${y}`, `Andel ${y}`]),
    ];
    const rows: ExportCell[][] = breakdown.rows.map((row) => [
      row.label,
      ...(withHuvudman ? [row.huvudman ? HUVUDMAN_LABELS[row.huvudman] : ""] : []),
      ...row.cells.flatMap((cell) => [figure(cell.count, "count"), figure(cell.share, "share")]),
    ]);
    if (!breakdown.exclusive && breakdown.notStated.some((cell) => cell && cell.value !== 0)) {
      rows.push([
        text.notStatedLabel ?? "Inte angivet",
        ...(withHuvudman ? [""] : []),
        ...breakdown.notStated.flatMap((cell) => [cell ? figure(cell, "count") : null, null]),
      ]);
    }
    tables.push({
      sheetName: text.sheetName,
      title: years.length > 1 ? `${text.title} ${years[0]}–${year}` : `${text.title} ${year}`,
      header,
      rows,
      notes: [text.lead, ...(breakdown.exclusive ? [] : [MULTIPLE_ROWS_NOTE]), ...suppressionNotes],
    });
  }

  tables.push({
    sheetName: "Handläggningstider",
    title: "Handläggningstider (median i dagar)",
    header: ["Mått", ...years.flatMap((y) => [`Median dagar ${y}`, `Antal brister ${y}`])],
    rows: DURATION_KEYS.map((key) => [
      DURATION_LABELS[key],
      ...view.published.flatMap((p) => {
        const d = p.durations[key];
        return [
          { kind: "days", value: d.suppressed ? null : d.median, display: d.display } satisfies FigureCell,
          figure(d.count, "count"),
        ];
      }),
    ]),
    notes: [
      "Medianen av antalet dagar, bland de brister där båda datumen är kända. Med färre brister än gränsen för små antal visas ingen median.",
      ...suppressionNotes,
    ],
  });
  return tables;
}
