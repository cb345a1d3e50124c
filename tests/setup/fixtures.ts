import type {
  TDelTvaStep,
  TDescriptionStep,
  TEventStep,
  TPartnerStep,
  TReporterStep,
} from "@/lib/reports/schemas";

// Valid answers for every wizard step (fictional example brist 1 from the domain notes). No database needed.

export interface ReferenceIds {
  organisationId: string;
  partnerOrganisationId: string;
  areaId: string;
}

export const PLACEHOLDER_IDS: ReferenceIds = {
  organisationId: "org-kommun",
  partnerOrganisationId: "org-region",
  areaId: "area-sip",
};

export function validReporter(ids: ReferenceIds = PLACEHOLDER_IDS): TReporterStep {
  return {
    reporterName: "Testa Rapportör",
    reporterEmail: "rapportor@example.se",
    reporterPhone: "070-174 06 50",
    organisationId: ids.organisationId,
    unit: "Socialpsykiatri, myndighet",
    reporterRole: "Handläggare",
    hasConsultedChef: "ja",
  };
}

export function validPartner(ids: ReferenceIds = PLACEHOLDER_IDS): TPartnerStep {
  return { partnerOrganisationIds: [ids.partnerOrganisationId], partnerOther: "" };
}

export function validEvent(ids: ReferenceIds = PLACEHOLDER_IDS): TEventStep {
  return {
    eventTiming: "datum",
    eventDate: "2025-10-14",
    eventMonth: "",
    areaIds: [ids.areaId],
    ageGroup: "VUXEN",
  };
}

export const REPORT_DESCRIPTION =
  "Socialpsykiatrin kallade till SIP i Mina planer för en vuxen med psykos och missbruk. Psykiatrisk öppenvård tackade ja men ingen kom till mötet.";
export const REPORT_ACTIONS = "Vi kallade till ett nytt SIP-möte och kontaktade enhetschefen på öppenvården.";

export function validDescription(): TDescriptionStep {
  return { description: REPORT_DESCRIPTION, actionsTaken: REPORT_ACTIONS };
}

export function validDelTva(): TDelTvaStep {
  return {
    dialogueHeld: "ja",
    dialogueDate: "2025-11-03",
    participants: [{ organisation: "Vuxenpsykiatrin", role: "Enhetschef" }],
    measures: [
      {
        description: "En namngiven ersättare tar emot SIP-kallelser.",
        responsibleParty: "Vuxenpsykiatrin",
        targetDate: "2026-01-31",
      },
    ],
    isSolved: "DELVIS",
    needsEscalation: "nej",
    escalationComment: "",
    noDialogueReason: "",
  };
}

export function validDelTvaWithoutDialogue(): TDelTvaStep {
  return {
    dialogueHeld: "nej",
    dialogueDate: "",
    participants: [],
    measures: [],
    isSolved: "",
    needsEscalation: "ja",
    escalationComment: "Lyfts till den lokala samverkansgruppen.",
    noDialogueReason: "Samverkansparten har inte svarat på tre veckor.",
  };
}

export function validSteps(ids: ReferenceIds = PLACEHOLDER_IDS) {
  return {
    reporter: validReporter(ids),
    partner: validPartner(ids),
    event: validEvent(ids),
    description: validDescription(),
    delTva: validDelTva(),
  };
}

/** YYYY-MM-DD for a day relative to today (UTC, as the schemas compare). */
export function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}
