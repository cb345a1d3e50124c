import type { TDelTvaStep } from "@/lib/reports/schemas";

/**
 * The shape of a fictional brist as a reporter would fill in the wizard, and the builders its data is written
 * with (report-scenarios.ts, demo-scenarios.ts). Organisations are named by their default names; "kommun" and
 * "annan kommun" stand for a kommun the factory picks. The texts avoid everything the identifier check refuses
 * (personnummer, phone, e-mail, street address, names).
 */

export type OrganisationRef = "kommun" | "annan kommun" | (string & {});

export interface ScenarioMeasure {
  description: string;
  responsibleParty: string;
  /** Days after the dialogue; none means no target date. */
  targetInDays?: number;
}

export interface ReportScenario {
  key: string;
  title: string;
  reporterOrganisation: OrganisationRef;
  unit: string;
  reporterRole: string;
  partners: OrganisationRef[];
  partnerOther?: string;
  /** Area codes from the defaults. */
  areaCodes: string[];
  ageGroup: "" | "BARN" | "VUXEN" | "ALDRE";
  /** Root-cause categories a coordinator would assign (names of the 2025 categories). */
  categories: string[];
  description: string;
  actionsTaken: string;
  dialogue:
    | {
        held: true;
        participants: Array<{ organisation: OrganisationRef; role: string }>;
        measures: ScenarioMeasure[];
        isSolved: Exclude<TDelTvaStep["isSolved"], "">;
      }
    | { held: false; reason: string };
  escalationComment?: string;
  /** What the samverkanspart wrote through the partner link, when they did. */
  partnerComment?: { role: string; comment: string };
}

// The default organisations the scenarios name (lib/reference-data/defaults.ts).
export const VUXENPSYK_OPPEN = "Region Skåne – Vuxenpsykiatri, öppenvård";
export const VUXENPSYK_SLUTEN = "Region Skåne – Vuxenpsykiatri, slutenvård";
export const BUP = "Region Skåne – BUP (barn- och ungdomspsykiatri)";
export const EN_VAG_IN = "Region Skåne – En väg in";
export const BEROENDE = "Region Skåne – Beroendevård";
export const PRIMARVARD = "Region Skåne – Primärvård/vårdcentral";
export const SOMATISK = "Region Skåne – Somatisk slutenvård";
export const AKUT = "Region Skåne – Akutsjukvård";
export const HABILITERING = "Region Skåne – Habilitering";
export const SIS = "SiS (Statens institutionsstyrelse)";
export const HVB = "HVB";

/** One who took part in the dialogue: their organisation and their role there. */
type ParticipantRow = readonly [organisation: OrganisationRef, role: string];
/** One agreed measure: what, who answers for it, and its target in days after the dialogue (none: no date). */
type MeasureRow = readonly [description: string, responsibleParty: string, targetInDays?: number];

/** Del två after a dialogue with the samverkanspart: who took part, what they agreed, and whether it is solved. */
export function held(
  isSolved: Extract<ReportScenario["dialogue"], { held: true }>["isSolved"],
  rows: { participants: readonly ParticipantRow[]; measures: readonly MeasureRow[] },
): ReportScenario["dialogue"] {
  return {
    held: true,
    participants: rows.participants.map(([organisation, role]) => ({ organisation, role })),
    measures: rows.measures.map(([description, responsibleParty, targetInDays]) =>
      targetInDays === undefined
        ? { description, responsibleParty }
        : { description, responsibleParty, targetInDays },
    ),
    isSolved,
  };
}

/** Del två when no dialogue was held, and why. */
export function notHeld(reason: string): ReportScenario["dialogue"] {
  return { held: false, reason };
}

/** The scenario with this key in the list; an unknown key is a mistake in the test or the demo data. */
export function scenarioIn(list: readonly ReportScenario[], key: string): ReportScenario {
  const found = list.find((scenario) => scenario.key === key);
  if (!found) throw new Error(`Okänt scenario: ${key}`);
  return found;
}
