import * as z from "zod";
import type { IdentifierHit } from "@/lib/anonymise/detect-identifiers";
import {
  IDENTIFIER_KINDS,
  blockingHitsIn,
  findingsIn,
  isConfirmed,
  type Detect,
} from "@/lib/reports/identifier-findings";
import { id, text } from "@/lib/validation/fields";

// The arbetsgrupp's analysis of one brist, shared by the form and the server action.
//
// The comment is read by everyone in the group, the brukarrepresentant included, and may be quoted in the annual
// report, so it follows the rules of every free text: a personnummer or samordningsnummer is refused; other
// details that can identify someone (a name, an exact date, an age, …) are accepted only once the writer has ticked
// that they are needed. The browser has the light detector, so the rules here use it; the server checks the
// refused kinds again with the full detector and flags what else it finds (lib/reviews/save-case-review.ts).

export const COMMENT_MAX = 2000;
export const MAX_CATEGORIES = 30;

export const NO_CATEGORY = "Välj minst en bakomliggande orsak.";
export const CONFIRM_COMMENT =
  "Ta bort uppgifterna som kan identifiera någon ur kommentaren, eller kryssa i att de behövs.";

/** The message for a personnummer or samordningsnummer in the comment. */
export function blockedCommentMessage(hits: readonly Pick<IdentifierHit, "kind">[]): string {
  const has = (kind: IdentifierHit["kind"]) => hits.some((hit) => hit.kind === kind);
  const what = [
    has("personnummer") ? "personnumret" : null,
    has("samordningsnummer") ? "samordningsnumret" : null,
  ]
    .filter(Boolean)
    .join(" och ");
  return `Ta bort ${what || "numret"} ur kommentaren. Analysen får inte innehålla personnummer eller samordningsnummer.`;
}

/** The comment's refused kinds, with the light detector or the one given. */
export function blockedCommentHits(comment: string, detect?: Detect) {
  return blockingHitsIn(comment, detect);
}

/** The kinds of finding confirmed as needed; anything unrecognised counts as nothing confirmed. */
const ZConfirmedKinds = z.array(z.enum(IDENTIFIER_KINDS)).max(IDENTIFIER_KINDS.length).catch([]);

/** A checkbox group with one box gives a string, none ticked gives false: always a list here. */
const idList = z.preprocess(
  (value) => (typeof value === "string" ? [value] : value === false || value == null ? [] : value),
  z
    .array(id)
    .min(1, { error: NO_CATEGORY })
    .max(MAX_CATEGORIES)
    .transform((ids) => [...new Set(ids)]),
);

/** A single checkbox: true or false, also when a plain form posts "on". */
const flag = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

export const ZSaveCaseReview = z
  .object({
    reportId: id,
    /** The analysis the form was opened on (its updatedAt), "" when there was none: a later save is refused. */
    version: text().max(40),
    categoryIds: idList,
    comment: text()
      .trim()
      .max(COMMENT_MAX, { error: `Kommentaren får vara högst ${COMMENT_MAX} tecken.` })
      .superRefine((value, ctx) => {
        const hits = blockedCommentHits(value);
        if (hits.length > 0) ctx.addIssue({ code: "custom", message: blockedCommentMessage(hits) });
      }),
    /** The kinds of finding the writer confirmed as needed (never the text); not stored. */
    identifierConfirmations: z._default(ZConfirmedKinds, []),
    isReportExample: flag,
    isFocusCase: flag,
  })
  .superRefine((values, ctx) => {
    if (!isConfirmed(findingsIn(values.comment).confirmableKinds, values.identifierConfirmations)) {
      ctx.addIssue({ code: "custom", path: ["identifierConfirmations"], message: CONFIRM_COMMENT });
    }
  });

export type TSaveCaseReviewInput = z.input<typeof ZSaveCaseReview>;
export type TSaveCaseReview = z.output<typeof ZSaveCaseReview>;
