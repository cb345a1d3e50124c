import { beforeEach, describe, expect, it } from "vitest";
import { addReporterReply } from "@/lib/cases/add-reporter-reply";
import { submitAndNotify } from "@/lib/reports/submit-and-notify";
import { INSTANCE_SETTINGS_KEY } from "@/lib/settings/instance-settings";
import { createCompleteDraft, createReferenceData } from "../setup/db-helpers";
import { REPORT_ACTIONS, REPORT_DESCRIPTION, type ReferenceIds } from "../setup/fixtures";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
let ids: ReferenceIds;
const [FIRST, SECOND] = [
  "psykiatrisamordnare@kommun.example.se",
  "suicidprevention@kommun.example.se",
] as const;
const MAILBOXES = [FIRST, SECOND];

beforeEach(async () => {
  ids = await createReferenceData(db.prisma);
  await db.prisma.setting.create({
    data: { key: INSTANCE_SETTINGS_KEY, value: { coordinatorMailboxes: MAILBOXES } },
  });
});

async function submitted() {
  const { draft } = await createCompleteDraft(db.prisma, ids);
  return { draft, result: await submitAndNotify(db.prisma, draft, new Date()) };
}

const noticesTo = (to: string) =>
  db.prisma.outboxMail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

describe("coordinators are told about new reports and replies", () => {
  it("sends each role mailbox a notice with the reference and a link to the case, and nothing of the report", async () => {
    const { result } = await submitted();
    for (const mailbox of MAILBOXES) {
      const notice = (await noticesTo(mailbox))[0]!;
      expect(notice.subject).toBe(`Ny brist har kommit in: ${result.reference}`);
      expect(notice.body).toContain(`/inkorg/${result.reportId}`);
      for (const secret of [REPORT_DESCRIPTION, REPORT_ACTIONS, "Testa Rapportör", "rapportor@example.se"]) {
        expect(notice.body).not.toContain(secret);
        expect(notice.subject).not.toContain(secret);
      }
    }
  });

  it("does not tell them twice about a repeated submit", async () => {
    const { draft } = await submitted();
    const again = await db.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } });
    expect((await submitAndNotify(db.prisma, again, new Date())).wasAlreadySubmitted).toBe(true);
    expect(await noticesTo(FIRST)).toHaveLength(1);
  });

  it("sends a notice when the reporter replies, without the reply's text", async () => {
    const { result } = await submitted();
    const reply = "Tack, enhetschefen på BUP har nu ringt upp mig.";
    await addReporterReply(db.prisma, { reportId: result.reportId, body: reply });
    const notices = await noticesTo(SECOND);
    expect(notices.map((n) => n.subject)).toEqual([
      `Ny brist har kommit in: ${result.reference}`,
      `Rapportören har svarat: ${result.reference}`,
    ]);
    expect(notices[1]!.body).toContain(`/inkorg/${result.reportId}`);
    expect(notices[1]!.body).not.toContain(reply);
  });
});
