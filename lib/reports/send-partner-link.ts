import "server-only";
import type { Draft, PrismaClient } from "@/generated/prisma/client";
import { formatDate } from "@/lib/dates";
import { env } from "@/lib/env";
import { recordAnonymousRefusal } from "@/lib/audit/anonymous-refusals";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { allowedEmailDomains, draftOrganisationIds } from "@/lib/reference-data/allowed-email-domains";
import { emailDomainRefusal, isAllowedEmail } from "@/lib/reference-data/email-domains";
import { draftData } from "@/lib/reports/drafts";
import { assertShareable, createPartnerLink } from "@/lib/reports/partner-links";
import { assertWithinAnonymousCaps } from "@/lib/security/anonymous-caps";
import { getRetentionSettings } from "@/lib/settings/retention-settings";

/**
 * Creates a single-use link to del ett and mails it to the samverkanspart. The reporter gets the link back too,
 * to copy it when mail is not configured ("outbox"); the outbox never keeps the link itself.
 *
 * The mail goes out in the service's name, so only to a domain allowed for the organisations in the draft, and
 * within the per-client and service-wide hourly caps besides the per-draft one.
 */
export async function sendPartnerLink(
  db: PrismaClient,
  draft: Draft,
  email: string,
  now: Date,
  clientKey: string | null = null,
) {
  assertShareable(draft);
  const domains = await allowedEmailDomains(db, draftOrganisationIds(draftData(draft)));
  if (!isAllowedEmail(email, domains)) {
    await recordAnonymousRefusal(db, "mail_domain", clientKey, now);
    throw new AppError("INVALID", emailDomainRefusal("länken", domains), { field: "email" });
  }
  await assertWithinAnonymousCaps(db, "partnerLink", clientKey, now);
  const { partnerLinkDays } = await getRetentionSettings(db);
  const { link, token } = await createPartnerLink(db, draft, { email, now, validDays: partnerLinkDays });
  const url = `${env.APP_URL}/samverkanspart/${token}`;
  const delivery = await sendMail(db, {
    to: email,
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
  return { url, delivery };
}
