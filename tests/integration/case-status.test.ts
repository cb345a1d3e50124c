import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/assert-permission";
import { changeCaseStatusWithMessage } from "@/lib/cases/change-case-status-with-message";
import { registerCase } from "@/lib/cases/register-case";
import { submitReport } from "@/lib/reports/submit-report";
import { createUser } from "@/lib/users/create-user";
import { createReferenceData, insertCompleteDraft } from "../setup/db-helpers";
import type { ReferenceIds } from "../setup/fixtures";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const CONFLICT = "Ärendet har ändrats av någon annan. Ladda om sidan.";
let ids: ReferenceIds;
let samordnare: Actor;
let kollega: Actor;

async function coordinator(email: string): Promise<Actor> {
  const user = await createUser(
    db.prisma,
    { name: "Test Samordnare", email, role: "SAMORDNARE", password: "ett-langt-losenord-1" },
    null,
  );
  return { id: user.id, role: user.role };
}

async function submittedCase() {
  const { draft } = await insertCompleteDraft(db.prisma, ids);
  return submitReport(db.prisma, draft, new Date());
}

async function registeredCase() {
  const submitted = await submittedCase();
  await registerCase(db.prisma, samordnare, { reportId: submitted.reportId, diarienummer: "SOF 2026/17" });
  return submitted;
}

const statusOf = async (reportId: string) =>
  (await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } })).status;
const auditActions = async (reportId: string) =>
  (await db.prisma.auditLog.findMany({ where: { reportId }, orderBy: { createdAt: "asc" } })).map(
    (a) => a.action,
  );
const coordinatorMessages = (reportId: string) =>
  db.prisma.message.findMany({ where: { reportId, fromReporter: false } });
const reporterMails = (reference: string) =>
  db.prisma.outboxMail.count({ where: { subject: `Nytt meddelande om din rapport ${reference}` } });

beforeEach(async () => {
  ids = await createReferenceData(db.prisma);
  samordnare = await coordinator("samordnare@example.se");
  kollega = await coordinator("kollega@example.se");
});

describe("rejecting with a message to the reporter", () => {
  it("rejects the case and leaves the message for the reporter, audited, with a mail that holds only a link", async () => {
    const { reportId, reference } = await submittedCase();
    const message =
      "Rapporten gäller inte samverkan mellan kommun och region. Kontakta gärna oss om du undrar något.";
    await changeCaseStatusWithMessage(db.prisma, samordnare, {
      reportId,
      from: "INKOMMEN",
      to: "AVVISAD",
      reason: "Inte en brist i samverkan",
      message: `  ${message}  `,
    });
    const report = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report).toMatchObject({ status: "AVVISAD", statusReason: "Inte en brist i samverkan" });
    expect((await coordinatorMessages(reportId)).map((m) => [m.body, m.authorId])).toEqual([
      [message, samordnare.id],
    ]);
    expect(await auditActions(reportId)).toEqual(
      expect.arrayContaining(["CASE_STATUS_CHANGED", "CASE_MESSAGE_SENT"]),
    );
    const mail = await db.prisma.outboxMail.findFirstOrThrow({
      where: { subject: `Nytt meddelande om din rapport ${reference}` },
    });
    expect(mail.body).toContain("/uppfoljning");
    expect(mail.body).not.toContain("samverkan mellan kommun");
  });

  it("changes only the status when no message is written, and tells the reporter nothing", async () => {
    const { reportId, reference } = await submittedCase();
    await changeCaseStatusWithMessage(db.prisma, samordnare, {
      reportId,
      from: "INKOMMEN",
      to: "AVVISAD",
      reason: "Dubblett",
      message: "   ",
    });
    expect(await statusOf(reportId)).toBe("AVVISAD");
    expect(await coordinatorMessages(reportId)).toEqual([]);
    expect(await reporterMails(reference)).toBe(0);
    expect(await auditActions(reportId)).not.toContain("CASE_MESSAGE_SENT");
  });

  it("refuses a message with any other status change, and changes nothing", async () => {
    const { reportId } = await registeredCase();
    await expect(
      changeCaseStatusWithMessage(db.prisma, samordnare, {
        reportId,
        from: "REGISTRERAD",
        to: "UNDER_HANDLAGGNING",
        reason: "",
        message: "Vi har börjat.",
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await statusOf(reportId)).toBe("REGISTRERAD");
    expect(await coordinatorMessages(reportId)).toEqual([]);
  });

  it("sends no message when the rejection itself is refused", async () => {
    const { reportId, reference } = await submittedCase();
    await expect(
      changeCaseStatusWithMessage(db.prisma, samordnare, {
        reportId,
        from: "INKOMMEN",
        to: "AVVISAD",
        reason: "",
        message: "Rapporten avvisas.",
      }),
    ).rejects.toMatchObject({ code: "INVALID", message: "Ange ett skäl för ändringen." });
    expect(await statusOf(reportId)).toBe("INKOMMEN");
    expect(await coordinatorMessages(reportId)).toEqual([]);
    expect(await reporterMails(reference)).toBe(0);
  });
});

describe("two coordinators changing the same case", () => {
  it("refuses a change chosen on a page showing an older status, instead of overwriting the newer one", async () => {
    const { reportId } = await registeredCase();
    await changeCaseStatusWithMessage(db.prisma, kollega, {
      reportId,
      from: "REGISTRERAD",
      to: "UNDER_HANDLAGGNING",
      reason: "",
      message: "",
    });
    await expect(
      changeCaseStatusWithMessage(db.prisma, samordnare, {
        reportId,
        from: "REGISTRERAD",
        to: "AVVISAD",
        reason: "Dubblett",
        message: "",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: CONFLICT });
    expect(await statusOf(reportId)).toBe("UNDER_HANDLAGGNING");
  });

  it("lets exactly one of two simultaneous conflicting transitions through", async () => {
    const { reportId } = await registeredCase();
    const outcomes = await Promise.allSettled([
      changeCaseStatusWithMessage(db.prisma, samordnare, {
        reportId,
        from: "REGISTRERAD",
        to: "UNDER_HANDLAGGNING",
        reason: "",
        message: "",
      }),
      changeCaseStatusWithMessage(db.prisma, kollega, {
        reportId,
        from: "REGISTRERAD",
        to: "AVVISAD",
        reason: "Dubblett",
        message: "Rapporten är en dubblett av en tidigare.",
      }),
    ]);
    const fulfilled = outcomes.filter((o) => o.status === "fulfilled");
    const rejected = outcomes.filter((o) => o.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected.map((o) => (o as PromiseRejectedResult).reason)).toMatchObject([
      { code: "CONFLICT", message: CONFLICT },
    ]);
    const winner = (fulfilled[0] as PromiseFulfilledResult<string>).value;
    expect(await statusOf(reportId)).toBe(winner);
    const changes = await db.prisma.auditLog.findMany({ where: { reportId, action: "CASE_STATUS_CHANGED" } });
    expect(changes.map((c) => c.data)).toEqual([{ from: "REGISTRERAD", to: winner }]);
    // The loser's message went nowhere: it belonged to the rejection that was refused.
    expect(await coordinatorMessages(reportId)).toHaveLength(winner === "AVVISAD" ? 1 : 0);
  });

  it("serialises simultaneous changes even without the status the page showed", async () => {
    const { reportId } = await registeredCase();
    const change = (actor: Actor) =>
      changeCaseStatusWithMessage(db.prisma, actor, {
        reportId,
        to: "UNDER_HANDLAGGNING",
        reason: "",
        message: "",
      });
    const outcomes = await Promise.allSettled([change(samordnare), change(kollega)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(
      outcomes.filter((o) => o.status === "rejected").map((o) => (o as PromiseRejectedResult).reason),
    ).toMatchObject([
      {
        code: "INVALID",
        message: "Ett ärende med status under handläggning kan inte bli under handläggning.",
      },
    ]);
    expect(await db.prisma.auditLog.count({ where: { reportId, action: "CASE_STATUS_CHANGED" } })).toBe(1);
  });
});
