"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/audit-actions";
import { formatDate } from "@/lib/dates";
import { createDraft, draftData, findDraftByCode, saveDraftStep } from "@/lib/reports/drafts";
import { createPartnerLink } from "@/lib/reports/partner-links";
import { ZPartnerLinkRequest } from "@/lib/reports/schemas";
import { submitDraft } from "@/lib/reports/submit-report";
import { nextPath, WIZARD_STEPS, type StepKey } from "@/lib/reports/wizard-steps";
import { sendMail } from "@/lib/mail/send-mail";
import { getRetentionSettings } from "@/lib/settings/retention-settings";
import { type FieldErrors, toFieldErrors } from "@/lib/field-errors";
import { logError } from "@/lib/log";
import { getCurrentDraft, setDraftCookie } from "@/lib/reports/draft-session";

export type ActionResult<T = object> =
  ({ ok: true } & T) | { ok: false; message: string; fieldErrors?: FieldErrors };

const NO_DRAFT = "Utkastet hittades inte eller har gått ut. Börja om eller fortsätt med din kod.";
const UNEXPECTED = "Något gick fel hos oss. Dina svar finns kvar; försök igen om en stund.";

function failure(error: unknown): { ok: false; message: string } {
  if (isAppError(error)) return { ok: false, message: error.message };
  logError("rapportera", error);
  return { ok: false, message: UNEXPECTED };
}

export async function startDraftAction() {
  const db = await getDb();
  const { draftExpiryDays } = await getRetentionSettings(db);
  const { draft, resumeCode } = await createDraft(db, { now: new Date(), expiryDays: draftExpiryDays });
  await setDraftCookie(resumeCode, draft.expiresAt);
  redirect(`/rapportera/${WIZARD_STEPS[0]!.slug}`);
}

const ZStepKey = z.enum(["reporter", "partner", "event", "description", "delTva"]);

export async function saveStepAction(
  key: StepKey,
  values: unknown,
  complete: boolean,
): Promise<ActionResult<{ next?: string }>> {
  const stepKey = ZStepKey.safeParse(key);
  if (!stepKey.success) return { ok: false, message: "Okänt steg." };
  const current = await getCurrentDraft();
  if (!current) return { ok: false, message: NO_DRAFT };
  try {
    const result = await saveDraftStep(await getDb(), current.draft, stepKey.data, values, {
      complete: complete === true,
      now: new Date(),
    });
    if (!result.ok) {
      return { ok: false, message: "Rätta felen nedan.", fieldErrors: toFieldErrors(result.error) };
    }
    return { ok: true, next: nextPath(result.data) };
  } catch (error) {
    return failure(error);
  }
}

export async function resumeDraftAction(code: string): Promise<ActionResult<{ next: string }>> {
  const parsed = z.string().trim().min(20).max(80).safeParse(code);
  if (!parsed.success)
    return {
      ok: false,
      message: "Skriv av hela koden, den har 26 tecken.",
      fieldErrors: { code: "Skriv av hela koden, den har 26 tecken." },
    };
  try {
    const db = await getDb();
    const draft = await findDraftByCode(db, parsed.data, new Date());
    await db.$transaction((tx) =>
      writeAudit(tx, { action: "DRAFT_RESUMED", actorLabel: "Rapportör", data: { draftId: draft.id } }),
    );
    await setDraftCookie(parsed.data, draft.expiresAt);
    return { ok: true, next: nextPath(draftData(draft)) };
  } catch (error) {
    const result = failure(error);
    return { ...result, fieldErrors: { code: result.message } };
  }
}

export async function createPartnerLinkAction(
  values: unknown,
): Promise<ActionResult<{ link: string; delivery: string }>> {
  const parsed = ZPartnerLinkRequest.safeParse(values);
  if (!parsed.success)
    return { ok: false, message: "Rätta felen nedan.", fieldErrors: toFieldErrors(parsed.error) };
  const current = await getCurrentDraft();
  if (!current) return { ok: false, message: NO_DRAFT };
  try {
    const db = await getDb();
    const { link, token } = await createPartnerLink(db, current.draft, {
      email: parsed.data.email,
      now: new Date(),
      validDays: (await getRetentionSettings(db)).partnerLinkDays,
    });
    const url = `${env.APP_URL}/samverkanspart/${token}`;
    const delivery = await sendMail(db, {
      to: parsed.data.email,
      subject: "Du har fått del ett av en rapport om brist i samverkan",
      hasSecretLink: true,
      text: [
        "Hej,",
        "",
        "En medarbetare vill att du läser del ett av en rapport om brist i samverkan inför er dialog.",
        `Länken kan öppnas en gång och gäller till och med ${formatDate(link.expiresAt)}:`,
        url,
        "",
        "Rapporten innehåller inga uppgifter som identifierar den enskilde.",
      ].join("\n"),
    });
    return { ok: true, link: url, delivery };
  } catch (error) {
    return failure(error);
  }
}

export async function submitReportAction(): Promise<
  ActionResult<{ reference: string; followUpCode: string; wasAlreadySubmitted: boolean }>
> {
  const current = await getCurrentDraft({ allowSubmitted: true });
  if (!current) return { ok: false, message: NO_DRAFT };
  try {
    const db = await getDb();
    const result = await submitDraft(db, current.draft, new Date());
    const email = (draftData(current.draft).reporter as { reporterEmail?: string } | undefined)
      ?.reporterEmail;
    if (email && !result.wasAlreadySubmitted) {
      // The mail carries the reference and a link only: no report text leaves the service by e-mail.
      await sendMail(db, {
        to: email,
        subject: `Kvitto: din rapport ${result.reference} har kommit in`,
        text: [
          `Tack! Din rapport om brist i samverkan har kommit in med referensnummer ${result.reference}.`,
          "",
          `Följ status och återkoppling här med uppföljningskoden du fick när du skickade in: ${env.APP_URL}/uppfoljning`,
        ].join("\n"),
      }).catch((error) => logError("kvittomejl", error));
    }
    return {
      ok: true,
      reference: result.reference,
      followUpCode: result.followUpCode,
      wasAlreadySubmitted: result.wasAlreadySubmitted,
    };
  } catch (error) {
    return failure(error);
  }
}
