import type { NamedRef, OrganisationRef, StatCase } from "@/lib/statistics/types";

/** The nine root-cause categories of 2025, in the order of the annual report. */
export const cat = {
  kommunikation: { id: "c-kom", name: "kommunikation" },
  rutiner: { id: "c-rut", name: "rutiner" },
  sip: { id: "c-sip", name: "SIP" },
  svu: { id: "c-svu", name: "SVU/Mina planer" },
  individfokus: { id: "c-ind", name: "individfokus" },
  helhetssyn: { id: "c-hel", name: "bristande helhetssyn" },
  forstaelse: { id: "c-for", name: "förståelse för varandras uppdrag" },
  bemotande: { id: "c-bem", name: "bemötande/bristande engagemang" },
  kompetens: { id: "c-kmp", name: "kompetens hos den enskilde individen eller inom verksamheten" },
} satisfies Record<string, NamedRef>;

export const categories2025: NamedRef[] = Object.values(cat);

export const area = {
  sip: { id: "a-sip", name: "SIP" },
  svu: { id: "a-svu", name: "SVU/utskrivning" },
} satisfies Record<string, NamedRef>;

export const org = {
  helsingborg: { id: "o-hbg", name: "Helsingborgs stad", huvudman: "KOMMUN" },
  hoganas: { id: "o-hog", name: "Höganäs kommun", huvudman: "KOMMUN" },
  vux: { id: "o-vux", name: "Vuxenpsykiatri Helsingborg", huvudman: "REGION" },
  bup: { id: "o-bup", name: "Barn- och ungdomspsykiatri", huvudman: "REGION" },
  privat: { id: "o-pri", name: "Privat vårdgivare", huvudman: "OVRIG" },
} satisfies Record<string, OrganisationRef>;

/** A brist of 2025 from Helsingborgs stad with nothing else set; `overrides` fill in the rest. */
export function statCase(id: string, overrides: Partial<StatCase> = {}): StatCase {
  return {
    id,
    reference: `BIS-${overrides.year ?? 2025}-${id}`,
    year: 2025,
    eventMonth: null,
    submittedMonth: "2025-04",
    categories: [],
    areas: [],
    reporterOrganisation: org.helsingborg,
    reporterHuvudman: null,
    partnerOrganisations: [],
    partnerHuvudman: [],
    solved: null,
    escalated: false,
    daysEventToReport: null,
    daysReportToRegistration: null,
    daysRegistrationToFirstFeedback: null,
    ...overrides,
  };
}

/**
 * Eight brister of 2025, worked through by hand in the tests:
 *
 * | brist | categories  | areas    | reporter (huvudman)  | partners             | month (basis)    | solved | esc |
 * | c1    | kom rut sip | SIP      | Helsingborg (K)      | VUX                  | 2025-03 (event)  | JA     |     |
 * | c2    | sip svu rut | SIP SVU  | VUX (R)              | Helsingborg          | 2025-03 (subm.)  | DELVIS |     |
 * | c3    | sip för hel | SIP      | Höganäs (K)          | VUX, BUP             | 2025-03 (event)  | NEJ    | yes |
 * | c4    | svu kom rut | SVU      | withheld (R)         | Höganäs              | 2024-12 (event)  | –      |     |
 * | c5    | rut kom     |          | Helsingborg (K)      | VUX, Höganäs         | 2025-06 (event)  | JA     | yes |
 * | c6    | för kom hel |          | Privat (O)           | Helsingborg          | 2025-06 (event)  | JA     |     |
 * | c7    |             |          | withheld (unknown)   |                      | 2025-11 (subm.)  | –      |     |
 * | c8    | kom kom bem |          | BUP (R)              | VUX + an övrig aktör | 2025-06 (event)  | NEJ    |     |
 */
export function cases2025(): StatCase[] {
  return [
    statCase("c1", {
      categories: [cat.kommunikation, cat.rutiner, cat.sip],
      areas: [area.sip],
      partnerOrganisations: [org.vux],
      eventMonth: "2025-03",
      solved: "JA",
      daysEventToReport: 10,
      daysReportToRegistration: 2,
      daysRegistrationToFirstFeedback: 5,
    }),
    statCase("c2", {
      categories: [cat.sip, cat.svu, cat.rutiner],
      areas: [area.sip, area.svu],
      reporterOrganisation: org.vux,
      partnerOrganisations: [org.helsingborg],
      submittedMonth: "2025-03",
      solved: "DELVIS",
      daysReportToRegistration: 4,
      daysRegistrationToFirstFeedback: 7,
    }),
    statCase("c3", {
      categories: [cat.sip, cat.forstaelse, cat.helhetssyn],
      areas: [area.sip],
      reporterOrganisation: org.hoganas,
      partnerOrganisations: [org.vux, org.bup],
      eventMonth: "2025-03",
      solved: "NEJ",
      escalated: true,
      daysEventToReport: 20,
      daysReportToRegistration: 1,
    }),
    statCase("c4", {
      categories: [cat.svu, cat.kommunikation, cat.rutiner],
      areas: [area.svu],
      reporterOrganisation: null,
      reporterHuvudman: "REGION",
      partnerOrganisations: [org.hoganas],
      eventMonth: "2024-12",
      submittedMonth: "2025-01",
      daysEventToReport: 30,
      daysReportToRegistration: 3,
      daysRegistrationToFirstFeedback: 9,
    }),
    statCase("c5", {
      categories: [cat.rutiner, cat.kommunikation],
      partnerOrganisations: [org.vux, org.hoganas],
      eventMonth: "2025-06",
      submittedMonth: "2025-07",
      solved: "JA",
      escalated: true,
      daysEventToReport: 5,
    }),
    statCase("c6", {
      categories: [cat.forstaelse, cat.kommunikation, cat.helhetssyn],
      reporterOrganisation: org.privat,
      partnerOrganisations: [org.helsingborg],
      eventMonth: "2025-06",
      submittedMonth: "2025-08",
      solved: "JA",
      daysReportToRegistration: 6,
    }),
    statCase("c7", {
      reporterOrganisation: null,
      submittedMonth: "2025-11",
    }),
    statCase("c8", {
      categories: [cat.kommunikation, { ...cat.kommunikation }, cat.bemotande],
      reporterOrganisation: org.bup,
      partnerOrganisations: [org.vux],
      partnerHuvudman: ["OVRIG"],
      eventMonth: "2025-06",
      submittedMonth: "2025-06",
      solved: "NEJ",
      daysEventToReport: 8,
      daysReportToRegistration: 2,
      daysRegistrationToFirstFeedback: 3,
    }),
  ];
}
