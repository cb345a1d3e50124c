"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { addReporterReply } from "@/lib/cases/add-reporter-reply";
import { ZReporterReply } from "@/lib/cases/schemas";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { findReportForFollowUp } from "@/lib/reports/follow-up";
import { ZFollowUpCode } from "@/lib/reports/schemas";
import { clientKey, FOLLOW_UP_COOKIE } from "./follow-up-cookie";

export type FollowUpResult = { ok: true } | { ok: false; message: string };
export type ReplyResult = { ok: true } | { ok: false; message: string; fieldErrors?: { body?: string } };

/** Checks the code (rate limited) and keeps it in an httpOnly cookie for the case page. */
export async function openFollowUpAction(values: unknown): Promise<FollowUpResult> {
  const parsed = ZFollowUpCode.safeParse(values);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Fyll i din uppföljningskod." };
  try {
    await findReportForFollowUp(await getDb(), parsed.data.code, {
      clientKey: await clientKey(),
      now: new Date(),
      maxAttempts: env.FOLLOW_UP_MAX_ATTEMPTS,
      windowMinutes: env.FOLLOW_UP_WINDOW_MINUTES,
    });
    (await cookies()).set(FOLLOW_UP_COOKIE, parsed.data.code, {
      httpOnly: true,
      sameSite: "lax",
      secure: env.APP_URL.startsWith("https://"),
      path: "/uppfoljning",
      maxAge: 60 * 60,
    });
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    logError("uppfoljning", error);
    return { ok: false, message: "Något gick fel hos oss. Försök igen om en stund." };
  }
}

export async function closeFollowUpAction() {
  (await cookies()).delete({ name: FOLLOW_UP_COOKIE, path: "/uppfoljning" });
}

/** The reporter's answer: the report comes from the code in the httpOnly cookie, looked up with rate limiting. */
export async function replyToCoordinatorsAction(values: unknown): Promise<ReplyResult> {
  const parsed = ZReporterReply.safeParse(values);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Skriv ditt svar.";
    return { ok: false, message, fieldErrors: { body: message } };
  }
  const code = (await cookies()).get(FOLLOW_UP_COOKIE)?.value;
  if (!code)
    return { ok: false, message: "Du behöver ange din uppföljningskod igen. Ditt svar finns kvar i rutan." };
  try {
    const db = await getDb();
    const report = await findReportForFollowUp(db, code, {
      clientKey: await clientKey(),
      now: new Date(),
      maxAttempts: env.FOLLOW_UP_MAX_ATTEMPTS,
      windowMinutes: env.FOLLOW_UP_WINDOW_MINUTES,
    });
    await addReporterReply(db, { reportId: report.id, body: parsed.data.body });
    revalidatePath("/uppfoljning/arende");
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    logError("uppfoljning/svar", error);
    return {
      ok: false,
      message: "Något gick fel hos oss och svaret skickades inte. Försök igen om en stund.",
    };
  }
}
