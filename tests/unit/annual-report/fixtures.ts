import type { AnnualReportData, ReportExample } from "@/lib/annual-report/annual-report-data";
import { monthLabel } from "@/lib/anonymised-cases/labels";
import { defaultSections } from "@/lib/annual-report/default-sections";
import { computeYearStatistics } from "@/lib/statistics/compute";
import { publishYearStatistics } from "@/lib/statistics/publish";
import type { StatCase } from "@/lib/statistics/types";
import { categories2025, cat, statCase } from "../statistics/fixtures";

/** Which categories brist n of the 29 has: kommunikation, rutiner and SIP most often, as in 2025. */
function categoriesOf(n: number) {
  const picked = [
    n % 3 !== 2 ? cat.kommunikation : null,
    n % 2 === 0 ? cat.rutiner : null,
    n % 3 === 0 ? cat.sip : null,
    n % 5 === 0 ? cat.svu : null,
    n % 7 === 0 ? cat.individfokus : null,
    n === 11 ? cat.bemotande : null,
  ];
  return picked.filter((c) => c !== null);
}

/** 29 brister of 2025 with a spread of categories and months. */
export function cases29(): StatCase[] {
  return Array.from({ length: 29 }, (_, i) =>
    statCase(`${String(i + 1).padStart(4, "0")}`, {
      categories: categoriesOf(i + 1),
      eventMonth: `2025-${String((i % 12) + 1).padStart(2, "0")}`,
    }),
  );
}

export const EXAMPLES: ReportExample[] = [
  {
    id: "c3",
    reference: "BIS-2025-0003",
    month: "mars 2025",
    categories: ["kommunikation", "SIP"],
    isReportExample: true,
    isFocusCase: false,
    texts: [
      { label: "Händelsen", text: "Socialpsykiatrin kallade till SIP. Ingen från [verksamhet] kom." },
      { label: "Överenskommen åtgärd 1", text: "En namngiven ersättare för kallelser." },
    ],
  },
  {
    id: "c11",
    reference: "BIS-2025-0011",
    month: "november 2025",
    categories: ["bemötande/bristande engagemang"],
    isReportExample: true,
    isFocusCase: false,
    texts: [{ label: "Händelsen", text: "Kostnadsfrågan diskuterades inför [namn]." }],
  },
  {
    id: "c20",
    reference: "BIS-2025-0020",
    month: "augusti 2025",
    categories: ["SVU/Mina planer", "rutiner"],
    isReportExample: false,
    isFocusCase: true,
    texts: [{ label: "Händelsen", text: "Utskrivning en fredag eftermiddag utan planering." }],
  },
];

export function reportData(overrides: Partial<AnnualReportData> = {}): AnnualReportData {
  const cases = cases29();
  const statistics = publishYearStatistics(
    computeYearStatistics(2025, cases, { categories: categories2025 }),
  );
  return {
    year: 2025,
    serviceName: "Brister i samverkan",
    samradName: "Delregionalt samråd psykiatri Nordväst",
    hostOrganisation: "Helsingborgs stad",
    madeOn: "1 december 2025",
    sections: {
      ...defaultSections(),
      summary: "Under året inkom brister.\n\nKommunikation var vanligast.",
      categoryTexts: {
        kommunikation:
          "- Kommunikation är den mest frekventa bristen.\n- Bristande kommunikation leder ofta till andra brister.",
        rutiner: "Rutiner tydliggör uppdrag.",
      },
      otherDeficiencies: "Övriga brister handlade om bemötande.",
      focusTitle: "Utskrivning från inneliggande vård",
      focus: "En brist vid utskrivning uppmärksammas särskilt.",
      analysis: "Arbetsgruppens analys.",
      recommendations: ["Ta upp rapporten i respektive verksamhet.", "Gå igenom rutinen."],
    },
    statistics,
    examples: EXAMPLES,
    appendix: cases.map((c) => ({
      reference: c.reference,
      month: monthLabel(c.eventMonth),
      categories: c.categories.map((x) => x.name),
    })),
    ...overrides,
  };
}
