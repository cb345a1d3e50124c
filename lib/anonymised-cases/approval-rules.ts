import { describeFindings, type SectionFinding } from "@/lib/anonymised-cases/unresolved-findings";

/** Pure: who may approve a redaction, and the Swedish refusals. */

export const NO_OTHER_COORDINATOR =
  "Avidentifieringen ska godkännas av en annan samordnare än den som gjorde den, och det finns ingen annan aktiv samordnare. Be en administratör lägga till en samordnare eller ändra inställningen för fyra ögon.";
export const OWN_REDACTION =
  "Du har själv gjort den här avidentifieringen. Med fyra ögon godkänns den av en annan samordnare.";

/** Null when the approver may approve; otherwise why not. */
export function approvalRefusal(
  fourEyes: { required: boolean; activeCoordinators: number },
  people: { redactedById: string; approverId: string },
): string | null {
  if (!fourEyes.required || people.redactedById !== people.approverId) return null;
  return fourEyes.activeCoordinators < 2 ? NO_OTHER_COORDINATOR : OWN_REDACTION;
}

export function unresolvedRefusal(findings: readonly SectionFinding[]): string {
  const count = findings.length === 1 ? "Ett fynd är" : `${findings.length} fynd är`;
  return `Avidentifieringen kan inte godkännas: ${count} varken ersatta eller bedömda som ofarliga. ${describeFindings(findings)}.`;
}
