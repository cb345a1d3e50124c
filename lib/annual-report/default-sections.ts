import type { TAnnualReportSections } from "@/lib/annual-report/schemas";

/**
 * The open questions for dialogue of the 2025 report "Brister i samverkan 2025", each finishing "Hur kan vi i vår
 * verksamhet: …". A new year's report starts with them; the arbetsgrupp edits them like any text.
 */
export const DEFAULT_OPEN_QUESTIONS: readonly string[] = [
  "Säkra att befintliga rutiner och kommunikationsvägar är uppdaterade och tillgängliga för alla?",
  "Skapa förståelsen för varandras verksamheter och uppdrag?",
  "Säkra ett professionellt gott bemötande och en helhetssyn samverkansparter emellan så individen inte hamnar mellan stolarna?",
  "Säkerställa att individen får sina behov tillgodosedda i samverkan, under hela förloppet?",
];

/** What the questions complete, as the 2025 report put it. */
export const OPEN_QUESTIONS_LEAD = "Hur kan vi i vår verksamhet:";

/** A year's report before anyone has saved it: empty texts and the 2025 open questions. */
export function defaultSections(): TAnnualReportSections {
  return {
    summary: "",
    categoryTexts: {},
    otherDeficiencies: "",
    focusTitle: "",
    focus: "",
    analysis: "",
    openQuestions: [...DEFAULT_OPEN_QUESTIONS],
    recommendations: [],
  };
}
