import type { Huvudman } from "@/generated/prisma/enums";

/**
 * Defaults written once into an empty database. After that the rows belong to the administrator:
 * nothing here is read at run time, and the sources do not confirm which kommuner are the samråd's members.
 */

export interface DefaultOrganisation {
  name: string;
  huvudman: Huvudman;
  /** Where partner links and receipts may go; the administrator keeps the list up to date. */
  emailDomains: string[];
}

export interface DefaultArea {
  code: string;
  name: string;
}

// Familjen Helsingborg, the one list of north-west Skåne municipalities in the sources (Perstorp only in some contexts).
const KOMMUNER: [string, string][] = [
  ["Helsingborgs stad", "helsingborg.se"],
  ["Båstads kommun", "bastad.se"],
  ["Bjuvs kommun", "bjuv.se"],
  ["Höganäs kommun", "hoganas.se"],
  ["Klippans kommun", "klippan.se"],
  ["Landskrona stad", "landskrona.se"],
  ["Perstorps kommun", "perstorp.se"],
  ["Svalövs kommun", "svalov.se"],
  ["Åstorps kommun", "astorp.se"],
  ["Ängelholms kommun", "engelholm.se"],
  ["Örkelljunga kommun", "orkelljunga.se"],
];

const REGION_SKANE = [
  "Region Skåne – Vuxenpsykiatri, öppenvård",
  "Region Skåne – Vuxenpsykiatri, slutenvård",
  "Region Skåne – BUP (barn- och ungdomspsykiatri)",
  "Region Skåne – En väg in",
  "Region Skåne – Rättspsykiatri",
  "Region Skåne – Beroendevård",
  "Region Skåne – Primärvård/vårdcentral",
  "Region Skåne – Somatisk slutenvård",
  "Region Skåne – Akutsjukvård",
  "Region Skåne – Habilitering",
];

const OVRIGA: [string, string[]][] = [
  ["Försäkringskassan", ["forsakringskassan.se"]],
  ["Arbetsförmedlingen", ["arbetsformedlingen.se"]],
  ["SiS (Statens institutionsstyrelse)", ["stat-inst.se"]],
  // No common domain: the administrator adds the ones in use.
  ["Privat vårdgivare", []],
  ["HVB", []],
  ["Övrig aktör", []],
];

export const DEFAULT_ORGANISATIONS: readonly DefaultOrganisation[] = [
  ...KOMMUNER.map(([name, domain]) => ({ name, huvudman: "KOMMUN" as const, emailDomains: [domain] })),
  ...REGION_SKANE.map((name) => ({ name, huvudman: "REGION" as const, emailDomains: ["skane.se"] })),
  ...OVRIGA.map(([name, emailDomains]) => ({ name, huvudman: "OVRIG" as const, emailDomains })),
];

export const DEFAULT_AREAS: readonly DefaultArea[] = [
  { code: "SIP", name: "SIP (samordnad individuell plan)" },
  { code: "SVU", name: "SVU/utskrivning från sluten vård" },
  { code: "MINA_PLANER", name: "Mina planer" },
  { code: "BARN_UNGA", name: "Barn och unga" },
  { code: "VUXNA", name: "Vuxna" },
  { code: "MISSBRUK", name: "Missbruk/beroende" },
  { code: "TVANGSVARD", name: "Tvångsvård (LPT, LRV, LVM, LVU)" },
  { code: "ALDRE", name: "Äldre" },
  { code: "BOENDE", name: "Boende" },
  { code: "PLACERING", name: "Placering" },
  { code: "SKOLA", name: "Skola/elevhälsa" },
  { code: "OROSANMALAN", name: "Orosanmälan" },
  { code: "OVRIGT", name: "Övrigt" },
];

/** The root-cause categories of the 2025 annual report, verbatim. A brist may belong to several. */
export const DEFAULT_CATEGORY_NAMES: readonly string[] = [
  "kommunikation",
  "rutiner",
  "SIP",
  "SVU/Mina planer",
  "individfokus",
  "bristande helhetssyn",
  "förståelse för varandras uppdrag",
  "bemötande/bristande engagemang",
  "kompetens hos den enskilde individen eller inom verksamheten",
];

/** Years whose categories are seeded from the defaults; a later year starts as a copy of the year before. */
export const DEFAULT_CATEGORY_YEARS: readonly number[] = [2025, 2026];
