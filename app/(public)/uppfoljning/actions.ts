"use server";

import { redirect } from "next/navigation";
import * as z from "zod";
import type { PostedFormState } from "@/lib/actions/action-result";
import { anyone, followUpSession } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/run-action";
import { addReporterReply } from "@/lib/cases/add-reporter-reply";
import { ZReporterReply } from "@/lib/cases/schemas";
import { clearFollowUpCookie, findFollowUpReport, setFollowUpCookie } from "@/lib/reports/follow-up-session";
import { ZFollowUpCode } from "@/lib/reports/schemas";
import { requestClientKey } from "@/lib/security/request-client-key";

/** Checks the code (rate limited) and keeps it in an httpOnly cookie for the case page. */
export const openFollowUpAction = defineAction({
  name: "uppfoljning/oppna",
  access: anyone,
  schema: ZFollowUpCode,
  run: async ({ db }, input) => {
    await findFollowUpReport(db, input.code);
    await setFollowUpCookie(input.code);
  },
  messageField: "code",
  unexpected: "Något gick fel hos oss. Försök igen om en stund",
});

/** "Visa status" posted as a plain form, without JavaScript: on to the case page, or the form again with why. */
export async function openFollowUpFormAction(
  _previous: PostedFormState,
  formData: FormData,
): Promise<PostedFormState> {
  const code = String(formData.get("code") ?? "");
  const result = await openFollowUpAction({ code });
  if (result.ok) redirect("/uppfoljning/arende");
  return { values: { code }, fieldErrors: result.fieldErrors, message: result.message };
}

/** Forgets the code in this browser, e.g. on a shared computer. */
export const closeFollowUpAction = defineAction({
  name: "uppfoljning/logga-ut",
  access: anyone,
  schema: z.unknown(),
  run: () => clearFollowUpCookie(),
  unexpected: "Något gick fel hos oss och du är inte utloggad. Försök igen om en stund",
});

/** The reporter's answer to the coordinators, on the report the follow-up code in the cookie names. */
export const replyToCoordinatorsAction = defineAction({
  name: "uppfoljning/svar",
  access: followUpSession,
  schema: ZReporterReply,
  run: async ({ db, report }, input) =>
    addReporterReply(db, { reportId: report.id, body: input.body, clientKey: await requestClientKey() }),
  revalidate: ["/uppfoljning/arende"],
  message: "Ditt svar är skickat till samordnarna. Det syns nu bland meddelandena ovan.",
  unexpected: "Något gick fel hos oss och svaret skickades inte. Försök igen om en stund",
});

/** "Skicka svar" posted as a plain form, without JavaScript: the page comes back with the reply in the thread. */
export async function replyToCoordinatorsFormAction(
  _previous: PostedFormState,
  formData: FormData,
): Promise<PostedFormState> {
  const body = String(formData.get("body") ?? "");
  const result = await replyToCoordinatorsAction({ body });
  if (result.ok) return { status: result.message };
  return { values: { body }, fieldErrors: result.fieldErrors, message: result.message };
}
