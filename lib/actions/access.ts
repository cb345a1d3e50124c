import "server-only";
import type { Draft } from "@/generated/prisma/client";
import type { Access } from "@/lib/actions/staff-access";
import { AppError } from "@/lib/errors";
import { getCurrentDraft, readSentReference } from "@/lib/reports/draft-session";
import type { BrowserSubmission } from "@/lib/reports/submit-from-browser";
import { findFollowUpReport, readFollowUpCode } from "@/lib/reports/follow-up-session";
import { getCurrentPartnerLink } from "@/lib/reports/partner-session";

// The staff rule lives in its own module, so staff routes can import it without the public side's sessions.
export { signedInStaff, staffWith, type Access } from "@/lib/actions/staff-access";

export const NO_DRAFT = "Utkastet hittades inte eller har gått ut. Börja om eller fortsätt med din kod.";
export const FOLLOW_UP_CODE_AGAIN =
  "Du behöver ange din uppföljningskod igen. Det du skrev finns kvar i rutan.";
export const PARTNER_LINK_GONE = "Länken gäller inte längre. Be rapportören om en ny länk.";

/** The reporter's draft in this browser (the resume code in its httpOnly cookie). */
export function currentDraft(
  options: { allowSubmitted?: boolean } = {},
): Access<{ draft: Draft; resumeCode: string }> {
  return {
    resolve: async () => {
      const current = await getCurrentDraft(options);
      if (current) return current;
      const sentReference = await readSentReference();
      if (sentReference) throw new AppError("ALREADY_SUBMITTED", alreadySent(sentReference));
      throw new AppError("NOT_FOUND", NO_DRAFT);
    },
  };
}

/** After the submit the draft can't be changed; the browser's receipt says which report it became. */
export const alreadySent = (reference: string) =>
  `Rapporten är redan skickad, med referensnummer ${reference}, och kan inte ändras längre. Följ den med din uppföljningskod.`;

/**
 * "Skicka in rapporten": the draft in this browser, or once it is sent, the receipt this browser was given, so a
 * second tab or a retry is told the truth ("redan skickad") rather than that there is no draft.
 */
export const draftOrReceipt: Access<{ session: BrowserSubmission }> = {
  resolve: async () => {
    const current = await getCurrentDraft({ allowSubmitted: true });
    if (current) return { session: { draft: current.draft } };
    const sentReference = await readSentReference();
    if (sentReference) return { session: { sentReference } };
    throw new AppError("NOT_FOUND", NO_DRAFT);
  },
};

/** The reporter's follow-up session: the code in its httpOnly cookie, looked up with rate limiting. */
export const followUpSession: Access<{ report: Awaited<ReturnType<typeof findFollowUpReport>> }> = {
  resolve: async (db) => {
    const code = await readFollowUpCode();
    if (!code) throw new AppError("NOT_FOUND", FOLLOW_UP_CODE_AGAIN);
    return { report: await findFollowUpReport(db, code) };
  },
};

/** The samverkanspart's session after opening their single-use link in this browser. */
export const partnerSession: Access<{
  link: NonNullable<Awaited<ReturnType<typeof getCurrentPartnerLink>>>;
}> = {
  resolve: async (db) => {
    const link = await getCurrentPartnerLink(db);
    if (!link) throw new AppError("GONE", PARTNER_LINK_GONE);
    return { link };
  },
};

/**
 * Anyone: starting a draft or typing a code. The operation itself limits what a stranger can do (rate limits,
 * codes too long to guess).
 */
export const anyone: Access<object> = { resolve: async () => ({}) };
