/**
 * The tables of the statistics exports, shared by the .xlsx (one worksheet each) and the .csv (one section each),
 * so both files hold the same figures as the page. Built from a `StatisticsView` without the exact values of
 * hidden cells: a file leaves the service, so it carries what the arbetsgrupp may see, whoever downloads it.
 */
import { partnerHuvudmanOf, reporterHuvudmanOf } from "./direction";
import {
  HUVUDMAN_LABELS,
  SOLVED_LABELS,
  UNKNOWN_HUVUDMAN_LABEL,
  UNKNOWN_KEY,
  WITHHELD_ORGANISATION_LABEL,
} from "./labels";
import { monthLabel, statisticsMonthOf } from "./months";
import type { PublishedCell } from "./publish";
import {
  BREAKDOWN_KEYS,
  BREAKDOWN_TEXTS,
  DURATION_KEYS,
  DURATION_LABELS,
  MULTIPLE_ROWS_NOTE,
  type StatisticsView,
} from "./statistics-view";
import type { Huvudman, StatCase } from "./types";

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

const HUVUDMAN_ORDER: readonly Huvudman[] = ["KOMMUN", "REGION", "OVRIG"];

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
 * huvudman on both sides, the reporting organisation unless withheld, solved and escalated. No free text.
 */
export function caseTable(year: number, cases: readonly StatCase[]): ExportTable {
  const ofYear = cases.filter((c) => c.year === year);
  const join = (names: readonly string[]) => [...new Set(names)].join("; ");
  return {
    sheetName: `Brister ${year}`,
    title: `Avidentifierade brister ${year}`,
    header: CASE_HEADER,
    rows: ofYear.map((c) => {
      const { month, basis } = statisticsMonthOf(c);
      const reporter = reporterHuvudmanOf(c);
      const partners = partnerHuvudmanOf(c);
      return [
        c.reference,
        monthLabel(month.year, month.month),
        basis === "eventMonth" ? "händelsen" : "när bristen kom in",
        join(c.categories.map((x) => x.name)),
        join(c.areas.map((x) => x.name)),
        reporter ? HUVUDMAN_LABELS[reporter] : UNKNOWN_HUVUDMAN_LABEL,
        c.reporterOrganisation?.name ?? WITHHELD_ORGANISATION_LABEL,
        HUVUDMAN_ORDER.filter((h) => partners.has(h))
          .map((h) => HUVUDMAN_LABELS[h])
          .join("; "),
        SOLVED_LABELS[c.solved ?? UNKNOWN_KEY],
        c.escalated ? "Ja" : "Nej",
      ];
    }),
    notes: [
      `${ofYear.length} brister. Månaden är händelsens, eller den då bristen kom in när händelsens månad inte är känd.`,
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
