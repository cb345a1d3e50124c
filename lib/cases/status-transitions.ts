import type { CaseStatus } from "@/generated/prisma/enums";

/**
 * The case's life: INKOMMEN → REGISTRERAD → UNDER_HANDLAGGNING → ATERKOPPLAD → AVIDENTIFIERAD → AVSLUTAD,
 * AVVISAD (with a reason) from any open state, and reopening of AVSLUTAD and AVVISAD cases (with a reason).
 */
export const CASE_FLOW: readonly CaseStatus[] = [
  "INKOMMEN",
  "REGISTRERAD",
  "UNDER_HANDLAGGNING",
  "ATERKOPPLAD",
  "AVIDENTIFIERAD",
  "AVSLUTAD",
];

const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  INKOMMEN: ["REGISTRERAD", "AVVISAD"],
  REGISTRERAD: ["UNDER_HANDLAGGNING", "AVVISAD"],
  UNDER_HANDLAGGNING: ["ATERKOPPLAD", "AVVISAD"],
  ATERKOPPLAD: ["AVIDENTIFIERAD", "UNDER_HANDLAGGNING", "AVVISAD"],
  AVIDENTIFIERAD: ["AVSLUTAD"],
  // A closed case has been anonymised: reopening it keeps it anonymised (with its record still approved).
  AVSLUTAD: ["AVIDENTIFIERAD"],
  AVVISAD: ["REGISTRERAD"],
};

export const STATUS_LABELS: Record<CaseStatus, string> = {
  INKOMMEN: "Inkommen",
  REGISTRERAD: "Registrerad",
  UNDER_HANDLAGGNING: "Under handläggning",
  ATERKOPPLAD: "Återkopplad",
  AVIDENTIFIERAD: "Avidentifierad",
  AVSLUTAD: "Avslutad",
  AVVISAD: "Avvisad",
};

export function allowedTransitions(from: CaseStatus): readonly CaseStatus[] {
  return TRANSITIONS[from];
}

/** Reasons are required when rejecting and when reopening, so the timeline explains the turn. */
export function requiresReason(from: CaseStatus, to: CaseStatus): boolean {
  return to === "AVVISAD" || from === "AVSLUTAD" || from === "AVVISAD";
}

export const NEEDS_APPROVED_REDACTION =
  "Avidentifieringen behöver vara godkänd, utan kvarvarande fynd, innan ärendet markeras som avidentifierat.";

export type TransitionResult = { ok: true; to: CaseStatus } | { ok: false; message: string };

/** Pure: may a case go from one status to another, given what the coordinator supplied? */
export function transition(
  from: CaseStatus,
  to: CaseStatus,
  context: { reason?: string; hasDiarienummer: boolean; hasApprovedRedaction?: boolean },
): TransitionResult {
  if (!TRANSITIONS[from].includes(to)) {
    return {
      ok: false,
      message: `Ett ärende med status ${STATUS_LABELS[from].toLowerCase()} kan inte bli ${STATUS_LABELS[to].toLowerCase()}.`,
    };
  }
  if (requiresReason(from, to) && !context.reason?.trim()) {
    return { ok: false, message: "Ange ett skäl för ändringen." };
  }
  // Reopening a closed case too: a record changed after approval waits for approval again (save-redaction.ts).
  if (to === "AVIDENTIFIERAD" && !context.hasApprovedRedaction) {
    return { ok: false, message: NEEDS_APPROVED_REDACTION };
  }
  if (to === "REGISTRERAD" && !context.hasDiarienummer) {
    return { ok: false, message: "Ange diarienummer innan ärendet registreras." };
  }
  return { ok: true, to };
}
