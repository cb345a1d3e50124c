"use server";

import { cookies } from "next/headers";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/field-errors";
import { logError } from "@/lib/log";
import { addPartnerComment, findOpenPartnerSession } from "@/lib/reports/partner-links";
import { ZPartnerComment } from "@/lib/reports/schemas";
import { PARTNER_COOKIE } from "./partner-cookie";

export type PartnerCommentResult =
  { ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string> };

export async function addPartnerCommentAction(values: unknown): Promise<PartnerCommentResult> {
  const parsed = ZPartnerComment.safeParse(values);
  if (!parsed.success) {
    return { ok: false, message: "Rätta felen nedan.", fieldErrors: toFieldErrors(parsed.error) };
  }
  const token = (await cookies()).get(PARTNER_COOKIE)?.value;
  const db = await getDb();
  const link = token ? await findOpenPartnerSession(db, token, new Date()) : null;
  if (!link) return { ok: false, message: "Länken gäller inte längre. Be rapportören om en ny länk." };
  try {
    await addPartnerComment(db, link, parsed.data, new Date());
    // The cookie is left to expire: the link is spent once commented, and changing a cookie here would re-render the page.
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    logError("samverkanspart", error);
    return { ok: false, message: "Något gick fel hos oss. Försök igen om en stund." };
  }
}
