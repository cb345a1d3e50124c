import "server-only";
import { cookies } from "next/headers";
import type { Draft } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { DEVELOPMENT_SECRET, env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { findDraftByCode } from "@/lib/reports/drafts";
import { signReceipt, verifyReceipt } from "@/lib/reports/receipt-token";

export const DRAFT_COOKIE = "bis_utkast";
/** After the submit: the reference alone, so a reload or a second tab can say the report is sent. */
export const RECEIPT_COOKIE = "bis_kvitto";
/** How long the receipt cookie counts; it is also a session cookie, gone when the browser closes. */
export const RECEIPT_MINUTES = 60;

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

/**
 * The submit ends the draft session in this browser: the resume code is forgotten, so nobody at the same computer
 * can reach the submitted report through it, and a signed, short-lived receipt holding only the reference takes
 * its place.
 */
export async function endDraftSession(reference: string, now: Date) {
  const jar = await cookies();
  jar.delete({ name: DRAFT_COOKIE, path: "/" });
  jar.set(RECEIPT_COOKIE, signReceipt(reference, receiptExpiry(now), receiptSecret()), {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    path: "/rapportera",
  });
}

/** The reference of the report this browser sent within the last hour, or null. */
export async function readSentReference(now = new Date()): Promise<string | null> {
  const value = (await cookies()).get(RECEIPT_COOKIE)?.value;
  return value ? verifyReceipt(value, now, receiptSecret()) : null;
}

function receiptExpiry(now: Date) {
  return new Date(now.getTime() + RECEIPT_MINUTES * 60_000);
}

// next start refuses to run without a real secret; the development value serves `npm run dev` and the tests.
function receiptSecret() {
  return env.NEXTAUTH_SECRET ?? DEVELOPMENT_SECRET;
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
