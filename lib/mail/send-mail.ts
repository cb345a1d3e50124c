import "server-only";
import nodemailer from "nodemailer";
import type { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

export interface Mail {
  to: string;
  subject: string;
  /** Plain text with a link; never report content. */
  text: string;
  /** The text carries a secret (a single-use link): it is sent but never kept in the outbox. */
  hasSecretLink?: boolean;
}

const REDACTED = "Meddelandet innehöll en personlig länk och sparas därför inte här.";

/** Sends through SMTP when configured; otherwise keeps the mail in the outbox an administrator can read. */
export async function sendMail(
  db: PrismaClient,
  mail: Mail,
  smtpUrl = env.SMTP_URL,
): Promise<"sent" | "outbox"> {
  const storedBody = mail.hasSecretLink ? REDACTED : mail.text;
  if (!smtpUrl) {
    await db.outboxMail.create({ data: { to: mail.to, subject: mail.subject, body: storedBody } });
    return "outbox";
  }
  const transport = nodemailer.createTransport(smtpUrl);
  await transport.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
  await db.outboxMail.create({
    data: { to: mail.to, subject: mail.subject, body: storedBody, sentAt: new Date() },
  });
  return "sent";
}
