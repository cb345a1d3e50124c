import "server-only";
import { cookies } from "next/headers";
import type { Draft } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { findDraftByCode } from "@/lib/reports/drafts";

export const DRAFT_COOKIE = "bis_utkast";

/** The resume code lives in an httpOnly cookie, so it never appears in a URL and scripts can't read it. */
export async function setDraftCookie(resumeCode: string, expiresAt: Date) {
  (await cookies()).set(DRAFT_COOKIE, resumeCode, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    path: "/",
    expires: expiresAt,
  });
}

export async function readResumeCode(): Promise<string | null> {
  return (await cookies()).get(DRAFT_COOKIE)?.value ?? null;
}

/**
 * The current browser's draft, or null when there is none, it has expired or it has been submitted
 * (a submitted report is no longer readable through the draft cookie).
 */
export async function getCurrentDraft(
  options: { allowSubmitted?: boolean } = {},
): Promise<{ draft: Draft; resumeCode: string } | null> {
  const resumeCode = await readResumeCode();
  if (!resumeCode) return null;
  try {
    const draft = await findDraftByCode(await getDb(), resumeCode, new Date(), options);
    return { draft, resumeCode };
  } catch (error) {
    if (isAppError(error)) return null;
    throw error;
  }
}
