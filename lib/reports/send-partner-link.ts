import "server-only";
import type { Draft, PrismaClient } from "@/generated/prisma/client";
import { formatDate } from "@/lib/dates";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/send-mail";
import { createPartnerLink } from "@/lib/reports/partner-links";
import { getRetentionSettings } from "@/lib/settings/retention-settings";

/**
 * Creates a single-use link to del ett and mails it to the samverkanspart. The reporter gets the link back too,
 * to copy it when mail is not configured ("outbox"); the outbox never keeps the link itself.
 */
export async function sendPartnerLink(db: PrismaClient, draft: Draft, email: string, now: Date) {
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
