import nodemailer from "nodemailer";
import type { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

export interface Mail {
  to: string;
  subject: string;
  /** Plain text with a link; never report content. */
  text: string;
}

/** Sends through SMTP when configured; otherwise keeps the mail in the outbox an administrator can read. */
export async function sendMail(db: PrismaClient, mail: Mail, smtpUrl = env.SMTP_URL): Promise<"sent" | "outbox"> {
  if (!smtpUrl) {
    await db.outboxMail.create({ data: { to: mail.to, subject: mail.subject, body: mail.text } });
    return "outbox";
  }
  const transport = nodemailer.createTransport(smtpUrl);
  await transport.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
  await db.outboxMail.create({
    data: { to: mail.to, subject: mail.subject, body: mail.text, sentAt: new Date() },
  });
  return "sent";
}
