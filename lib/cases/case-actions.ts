import type { CaseStatus } from "@/generated/prisma/enums";

export type CaseActionKey =
  "register" | "changeStatus" | "assign" | "classify" | "sendMessage" | "addNote" | "escalate";

const OPEN: readonly CaseActionKey[] = [
  "register",
  "changeStatus",
  "assign",
  "classify",
  "sendMessage",
  "addNote",
  "escalate",
];

/**
 * Pure: the case page's forms worth offering in a status. A finished case is reopened before it is worked on
 * again; a rejected one may still get a message (the reporter can answer it); an erased case takes nothing.
 */
export function caseActionsFor(status: CaseStatus, isErased: boolean): ReadonlySet<CaseActionKey> {
  if (isErased) return new Set();
  if (status === "AVSLUTAD") return new Set(["changeStatus", "addNote"]);
  if (status === "AVVISAD") return new Set(["changeStatus", "sendMessage", "addNote"]);
  return new Set(OPEN);
}

/** Whole days since a case came in, for the case header ("inkom för 12 dagar sedan"). */
export function caseAgeDays(submittedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - submittedAt.getTime()) / 86_400_000));
}
