import type { Direction, Huvudman, SolvedState } from "./types";

// The Swedish labels of the fixed rows, and the order they are shown in.

export const DIRECTION_ORDER: readonly Direction[] = [
  "KOMMUN_REGION",
  "REGION_KOMMUN",
  "KOMMUN_KOMMUN",
  "REGION_REGION",
  "OVRIG",
  "UNKNOWN",
];

/** "Kommun till region": a kommun reported a brist in its collaboration with the region. */
export const DIRECTION_LABELS: Record<Direction, string> = {
  KOMMUN_REGION: "Kommun till region",
  REGION_KOMMUN: "Region till kommun",
  KOMMUN_KOMMUN: "Kommun till kommun",
  REGION_REGION: "Region till region",
  OVRIG: "Övrig aktör inblandad",
  UNKNOWN: "Okänd riktning",
};

export const HUVUDMAN_LABELS: Record<Huvudman, string> = {
  KOMMUN: "Kommun",
  REGION: "Region",
  OVRIG: "Övrig aktör",
};

/** Row keys of the breakdowns whose rows are fixed. */
export const UNKNOWN_KEY = "UNKNOWN";
export const WITHHELD_KEY = "WITHHELD";
export const ESCALATED_KEY = "ESCALATED";
export const NOT_ESCALATED_KEY = "NOT_ESCALATED";

export const SOLVED_ORDER: readonly (SolvedState | typeof UNKNOWN_KEY)[] = [
  "JA",
  "DELVIS",
  "NEJ",
  UNKNOWN_KEY,
];

export const SOLVED_LABELS: Record<SolvedState | typeof UNKNOWN_KEY, string> = {
  JA: "Löst",
  DELVIS: "Delvis löst",
  NEJ: "Inte löst",
  UNKNOWN: "Okänt",
};

export const UNKNOWN_HUVUDMAN_LABEL = "Okänd huvudman";
export const WITHHELD_ORGANISATION_LABEL = "Uppgift undanhållen";
export const ESCALATED_LABEL = "Eskalerad";
export const NOT_ESCALATED_LABEL = "Inte eskalerad";

export const OUTSIDE_YEAR_LABEL = "Utanför året";

export function beforeYearLabel(year: number): string {
  return `Före ${year}`;
}

export function afterYearLabel(year: number): string {
  return `Efter ${year}`;
}

/** The note under any table or chart with suppressed cells. */
export function suppressionNote(threshold: number): string {
  return (
    `<${threshold} = färre än ${threshold} brister; antalet visas inte för att skydda enskilda. ` +
    `– = dolt för att ett dolt antal annars skulle gå att räkna fram ur summorna.`
  );
}
