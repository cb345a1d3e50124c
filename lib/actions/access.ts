import "server-only";
import type { Draft, PrismaClient } from "@/generated/prisma/client";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { Permission } from "@/lib/auth/roles";
import { getStaffUser, type StaffUser } from "@/lib/auth/staff-session";
import { AppError } from "@/lib/errors";
import { getCurrentDraft } from "@/lib/reports/draft-session";
import { findFollowUpReport, readFollowUpCode } from "@/lib/reports/follow-up-session";
import { getCurrentPartnerLink } from "@/lib/reports/partner-session";

/**
 * Who may run an action. `resolve` sees the raw values (only to name the case a refusal concerns) and returns
 * what the operation needs to know about the caller, or throws an AppError that the user sees.
 */
export interface Access<TContext> {
  resolve: (db: PrismaClient, values: unknown) => Promise<TContext>;
}

export const NO_DRAFT = "Utkastet hittades inte eller har gått ut. Börja om eller fortsätt med din kod.";
export const FOLLOW_UP_CODE_AGAIN =
  "Du behöver ange din uppföljningskod igen. Det du skrev finns kvar i rutan.";
export const PARTNER_LINK_GONE = "Länken gäller inte längre. Be rapportören om en ny länk.";

/** The case an action names, read loosely from the raw values so a refusal is logged against it. */
function reportIdOf(values: unknown): string | undefined {
  const reportId = (values as { reportId?: unknown } | null)?.reportId;
  return typeof reportId === "string" && reportId ? reportId.slice(0, 40) : undefined;
}

/** A signed-in staff user with the permission; a refusal is audited (against the case, if one is named). */
export function staffWith(permission: Permission): Access<{ actor: StaffUser }> {
  return {
    resolve: async (db, values) => {
      const user = await getStaffUser();
      await assertPermission(db, user, permission, reportIdOf(values));
      return { actor: user! };
    },
  };
}

/** The reporter's draft in this browser (the resume code in its httpOnly cookie). */
export function currentDraft(
  options: { allowSubmitted?: boolean } = {},
): Access<{ draft: Draft; resumeCode: string }> {
  return {
    resolve: async () => {
      const current = await getCurrentDraft(options);
      if (!current) throw new AppError("NOT_FOUND", NO_DRAFT);
      return current;
    },
  };
}

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
