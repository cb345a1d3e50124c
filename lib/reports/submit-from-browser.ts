import "server-only";
import type { Draft, PrismaClient } from "@/generated/prisma/client";
import { endDraftSession } from "@/lib/reports/draft-session";
import { submitAndNotify } from "@/lib/reports/submit-and-notify";
import { answerRepeatedSubmit, type SubmitResult } from "@/lib/reports/submit-report";

/** What the reporter's browser holds: the draft behind its cookie, or after the submit the receipt's reference. */
export type BrowserSubmission = { draft: Draft } | { sentReference: string };

/**
 * "Skicka in rapporten" in this browser. A submit through the draft (the first, or a retry whose first answer was
 * lost) ends the draft session: the draft cookie goes and a receipt cookie with the reference takes its place. A
 * browser that holds only the receipt (a second tab, a click after the answer arrived) is told the report is
 * already sent, with its reference and no code.
 */
export async function submitFromBrowser(
  db: PrismaClient,
  session: BrowserSubmission,
  now: Date,
  clientKey: string | null,
): Promise<SubmitResult> {
  if ("sentReference" in session) return answerRepeatedSubmit(db, { reference: session.sentReference });
  const result = await submitAndNotify(db, session.draft, now, clientKey);
  await endDraftSession(result.reference, now);
  return result;
}
