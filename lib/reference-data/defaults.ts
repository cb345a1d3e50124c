import type { Huvudman } from "@/generated/prisma/enums";

/**
 * Defaults written once into an empty database. After that the rows belong to the administrator:
 * nothing here is read at run time, and the sources do not confirm which kommuner are the samråd's members.
 */

export interface DefaultOrganisation {
  name: string;
  huvudman: Huvudman;
}

export interface DefaultArea {
  code: string;
  name: string;
}

// Familjen Helsingborg, the one list of north-west Skåne municipalities in the sources (Perstorp only in some contexts).
const KOMMUNER = [
  "Helsingborgs stad",
  "Båstads kommun",
  "Bjuvs kommun",
  "Höganäs kommun",
  "Klippans kommun",
  "Landskrona stad",
  "Perstorps kommun",
  "Svalövs kommun",
  "Åstorps kommun",
  "Ängelholms kommun",
  "Örkelljunga kommun",
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

const OVRIGA = [
  "Försäkringskassan",
  "Arbetsförmedlingen",
  "SiS (Statens institutionsstyrelse)",
  "Privat vårdgivare",
  "HVB",
  "Övrig aktör",
];

export const DEFAULT_ORGANISATIONS: readonly DefaultOrganisation[] = [
  ...KOMMUNER.map((name) => ({ name, huvudman: "KOMMUN" as const })),
  ...REGION_SKANE.map((name) => ({ name, huvudman: "REGION" as const })),
  ...OVRIGA.map((name) => ({ name, huvudman: "OVRIG" as const })),
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
