import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendMail } from "@/lib/mail/send-mail";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const received: { to: string[]; raw: string }[] = [];
let server: SMTPServer;
let smtpUrl: string;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("sending mail", () => {
  it("delivers through a real SMTP server and records the mail as sent", async () => {
    const result = await sendMail(
      db.prisma,
      {
        to: "rapportor@example.se",
        subject: "Nytt meddelande om din rapport BIS-2026-0001",
        text: "Läs: http://localhost/uppfoljning",
      },
      smtpUrl,
    );
    expect(result).toBe("sent");
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(["rapportor@example.se"]);
    expect(received[0]!.raw).toContain("BIS-2026-0001");
    const row = await db.prisma.outboxMail.findFirstOrThrow();
    expect(row.sentAt).not.toBeNull();
  });

  it("keeps the mail in the outbox, unsent, when SMTP is not configured", async () => {
    const result = await sendMail(
      db.prisma,
      { to: "samordnare@example.se", subject: "Påminnelse", text: "Länk" },
      undefined,
    );
    expect(result).toBe("outbox");
    const row = await db.prisma.outboxMail.findFirstOrThrow({ where: { to: "samordnare@example.se" } });
    expect(row.sentAt).toBeNull();
  });
});
