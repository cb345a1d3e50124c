import type * as z from "zod";
import {
  ZDelTvaStep,
  ZDescriptionStep,
  ZEventStep,
  ZPartnerStep,
  ZReporterStep,
} from "@/lib/reports/schemas";

export type StepKey = "reporter" | "partner" | "event" | "description" | "delTva";

export interface WizardStep {
  key: StepKey;
  slug: string;
  title: string;
  part: 1 | 2;
  schema: z.core.$ZodType;
}

export const WIZARD_STEPS: readonly WizardStep[] = [
  { key: "reporter", slug: "om-dig", title: "Om dig", part: 1, schema: ZReporterStep },
  { key: "partner", slug: "samverkanspart", title: "Samverkanspart", part: 1, schema: ZPartnerStep },
  { key: "event", slug: "handelsen", title: "Händelsen", part: 1, schema: ZEventStep },
  {
    key: "description",
    slug: "beskrivning",
    title: "Beskrivning och åtgärder",
    part: 1,
    schema: ZDescriptionStep,
  },
  { key: "delTva", slug: "del-tva", title: "Överenskomna åtgärder", part: 2, schema: ZDelTvaStep },
];

export const DEL_ETT_KEYS: readonly StepKey[] = WIZARD_STEPS.filter((s) => s.part === 1).map((s) => s.key);

export interface DraftData {
  reporter?: Record<string, unknown>;
  partner?: Record<string, unknown>;
  event?: Record<string, unknown>;
  description?: Record<string, unknown>;
  delTva?: Record<string, unknown>;
  completed: StepKey[];
}

export function emptyDraftData(): DraftData {
  return { completed: [] };
}

export function stepBySlug(slug: string): WizardStep | undefined {
  return WIZARD_STEPS.find((step) => step.slug === slug);
}

export function isDelEttComplete(data: DraftData): boolean {
  return DEL_ETT_KEYS.every((key) => data.completed.includes(key));
}

/** Where a returning reporter continues: the first step not yet completed, or the review page. */
export function nextPath(data: DraftData): string {
  const firstOpen = WIZARD_STEPS.find((step) => !data.completed.includes(step.key));
  if (!firstOpen) return "/rapportera/granska";
  if (firstOpen.part === 2 && isDelEttComplete(data) && !data.delTva) return "/rapportera/del-ett-klar";
  return `/rapportera/${firstOpen.slug}`;
}

/** A step may be opened when every step before it is complete, so del två can't come before del ett. */
export function canOpenStep(data: DraftData, key: StepKey): boolean {
  const index = WIZARD_STEPS.findIndex((step) => step.key === key);
  return WIZARD_STEPS.slice(0, index).every((step) => data.completed.includes(step.key));
}
