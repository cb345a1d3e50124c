import type { AgeGroup, CaseStatus, Huvudman, SolvedState } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { MONTH_NAMES } from "@/lib/dates";

/** How the anonymised record's coarse fields read, and which records the arbetsgrupp may read at all. */

/** Approved, on a case that has become AVIDENTIFIERAD (or was closed after that). */
export const READABLE_STATUSES: readonly CaseStatus[] = ["AVIDENTIFIERAD", "AVSLUTAD"];
export const READABLE_RECORD = {
  state: "GODKAND",
  report: { status: { in: [...READABLE_STATUSES] } },
} satisfies Prisma.AnonymisedCaseWhereInput;

/** "2026-03" → "mars 2026"; null for anything else. */
export function monthLabel(month: string | null | undefined): string | null {
  const match = month ? /^(\d{4})-(\d{2})$/.exec(month) : null;
  const name = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  return match && name ? `${name} ${match[1]}` : null;
}

export const AGE_GROUP_LABELS: Record<AgeGroup, string> = {
  BARN: "Barn (0–17 år)",
  VUXEN: "Vuxen",
  ALDRE: "Äldre (65 år och äldre)",
};

export const HUVUDMAN_LABELS: Record<Huvudman, string> = {
  KOMMUN: "Kommun",
  REGION: "Region",
  OVRIG: "Övrig aktör",
};

export const SOLVED_LABELS: Record<SolvedState, string> = { JA: "Ja", DELVIS: "Delvis", NEJ: "Nej" };
