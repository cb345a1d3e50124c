import * as z from "zod";
import { IDENTIFIER_LABELS, type IdentifierKind } from "@/lib/anonymise/identifier-kinds";
import { id, text } from "@/lib/validation/fields";

/** What the workbench and the approval form send, and what an AnonymisedCase row's JSON holds. */

export const IDENTIFIER_KINDS = Object.keys(IDENTIFIER_LABELS) as [IdentifierKind, ...IdentifierKind[]];

export const SECTION_TEXT_MAX = 8000;

const sectionKey = text().min(1).max(120);

/** One redacted text as stored: the label is the server's, from the key. */
export const ZStoredSection = z.object({ key: sectionKey, label: text().max(200), text: text() });
export type TStoredSection = z.infer<typeof ZStoredSection>;

/** A finding the coordinator judged not identifying; checked again at approval by section, kind and text. */
export const ZDismissedFinding = z.object({
  section: sectionKey,
  kind: z.enum(IDENTIFIER_KINDS),
  text: text().min(1).max(300),
});
export type TDismissedFinding = z.infer<typeof ZDismissedFinding>;

export const ZSaveRedaction = z.object({
  reportId: id,
  sections: z
    .array(
      z.object({
        key: sectionKey,
        text: text().max(SECTION_TEXT_MAX, { error: `Texten får vara högst ${SECTION_TEXT_MAX} tecken.` }),
      }),
    )
    .min(1, { error: "Det finns ingen text att spara." })
    .max(200),
  dismissedFindings: z.array(ZDismissedFinding).max(1000),
  ageGroupWithheld: z.boolean(),
  organisationWithheld: z.boolean(),
  /** Approve in the same step: only when four eyes are off. */
  approve: z.boolean(),
});
export type TSaveRedaction = z.infer<typeof ZSaveRedaction>;

export const ZApproveRedaction = z.object({
  reportId: id,
  /** The saved version the approver read (its redactedAt): a newer one is refused, not approved unread. */
  version: text().min(1).max(40),
});
export type TApproveRedaction = z.infer<typeof ZApproveRedaction>;

/** Reads a row's sections; anything malformed is dropped rather than shown. */
export function parseStoredSections(value: unknown): TStoredSection[] {
  const parsed = z.array(ZStoredSection).safeParse(value);
  return parsed.success ? parsed.data : [];
}

export function parseDismissedFindings(value: unknown): TDismissedFinding[] {
  const parsed = z.array(ZDismissedFinding).safeParse(value);
  return parsed.success ? parsed.data : [];
}
