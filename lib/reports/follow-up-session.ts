import "server-only";
import { cookies } from "next/headers";
import type { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { findReportForFollowUp } from "@/lib/reports/follow-up";
import { requestClientKey } from "@/lib/security/request-client-key";

export const FOLLOW_UP_COOKIE = "bis_uppfoljning";

export { requestClientKey };

/** Looks up the report for a follow-up code, with the configured rate limits. */
export async function findFollowUpReport(db: PrismaClient, code: string) {
  return findReportForFollowUp(db, code, {
    clientKey: await requestClientKey(),
    now: new Date(),
    maxAttempts: env.FOLLOW_UP_MAX_ATTEMPTS,
    windowMinutes: env.FOLLOW_UP_WINDOW_MINUTES,
  });
}

/** The code is kept in an httpOnly cookie for the case page, so it never appears in a URL. */
export async function setFollowUpCookie(code: string) {
  (await cookies()).set(FOLLOW_UP_COOKIE, code, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    path: "/uppfoljning",
    maxAge: 60 * 60,
  });
}

export async function readFollowUpCode(): Promise<string | null> {
  return (await cookies()).get(FOLLOW_UP_COOKIE)?.value ?? null;
}

export async function clearFollowUpCookie() {
  (await cookies()).delete({ name: FOLLOW_UP_COOKIE, path: "/uppfoljning" });
}
