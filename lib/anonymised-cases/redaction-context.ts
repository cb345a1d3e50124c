import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { detectorAllowList } from "@/lib/anonymised-cases/detector-allow-list";
import { sectionSlots, type SectionSlot } from "@/lib/anonymised-cases/redactable-sections";
import {
  parseDismissedFindings,
  parseStoredSections,
  type TDismissedFinding,
  type TStoredSection,
} from "@/lib/anonymised-cases/schemas";
import { unresolvedFindings, type SectionFinding } from "@/lib/anonymised-cases/unresolved-findings";

type Tx = Prisma.TransactionClient;

/**
 * The keys a report's sections may have: from the ids of its measures and of the reporter's replies. Only ids
 * and order are read here, never the texts.
 */
export async function slotsOfReport(tx: Tx, reportId: string): Promise<SectionSlot[]> {
  const [measures, replies] = await Promise.all([
    tx.measure.findMany({ where: { reportId }, orderBy: { sortOrder: "asc" }, select: { id: true } }),
    tx.message.findMany({
      where: { reportId, fromReporter: true },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    }),
  ]);
  return sectionSlots({ measureIds: measures.map((m) => m.id), replyIds: replies.map((r) => r.id) });
}

export interface StoredRedaction {
  sections: TStoredSection[];
  dismissed: TDismissedFinding[];
}

export function storedRedaction(record: { sections: unknown; dismissedFindings: unknown }): StoredRedaction {
  return {
    sections: parseStoredSections(record.sections),
    dismissed: parseDismissedFindings(record.dismissedFindings),
  };
}

/** What the detector still finds in a saved record that nobody replaced or dismissed. */
export async function unresolvedInRecord(tx: Tx, redaction: StoredRedaction): Promise<SectionFinding[]> {
  const allow = await detectorAllowList(tx);
  return unresolvedFindings(redaction.sections, redaction.dismissed, { allow });
}

/**
 * The status rule: a case may become AVIDENTIFIERAD only with an approved record in which the detector finds
 * nothing unresolved (checked again here, since the detector and the reference data change over time).
 */
export async function hasApprovedRedaction(tx: Tx, reportId: string): Promise<boolean> {
  const record = await tx.anonymisedCase.findUnique({
    where: { reportId },
    select: { state: true, sections: true, dismissedFindings: true },
  });
  if (!record || record.state !== "GODKAND") return false;
  return (await unresolvedInRecord(tx, storedRedaction(record))).length === 0;
}
