import { beforeEach, describe, expect, it } from "vitest";
import { addReporterReply } from "@/lib/cases/add-reporter-reply";
import { createDraft } from "@/lib/reports/drafts";
import { saveStep } from "@/lib/reports/save-step";
import { sendPartnerLink } from "@/lib/reports/send-partner-link";
import { startDraft } from "@/lib/reports/start-draft";
import { submitAndNotify } from "@/lib/reports/submit-and-notify";
import { ANONYMOUS_CAPS } from "@/lib/security/anonymous-caps";
import { clientKey } from "@/lib/security/client-key";
import { DEL_ETT, completeSteps, createReferenceData, insertCompleteDraft } from "../setup/db-helpers";
import { type ReferenceIds, validReporter } from "../setup/fixtures";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const now = new Date("2026-03-02T09:00:00Z");
const anHourLater = new Date(now.getTime() + 61 * 60_000);
const client = (address: string) => clientKey(address, 1);
let ids: ReferenceIds;

beforeEach(async () => {
  ids = await createReferenceData(db.prisma);
});

/** Earlier traffic this hour, as other instances would have counted it. */
async function earlierHits(key: string, count: number) {
  await db.prisma.rateLimitHit.createMany({
    data: Array.from({ length: count }, () => ({ key, createdAt: new Date(now.getTime() - 60_000) })),
  });
}

async function draftWithDelEtt() {
  const { draft } = await createDraft(db.prisma, { now, expiryDays: 90 });
  return completeSteps(db.prisma, draft, ids, DEL_ETT, now);
}

describe("partner links go only to allowed domains, within hourly caps", () => {
  it("refuses a partner link to a domain no organisation in the draft allows, naming the allowed ones", async () => {
    const draft = await draftWithDelEtt();
    await expect(sendPartnerLink(db.prisma, draft, "vem-som-helst@gmail.com", now)).rejects.toMatchObject({
      code: "INVALID",
      message:
        "Vi kan bara skicka länken till e-postadresser som slutar på @example.se eller @region.example.se. Använd en jobbadress.",
      options: { field: "email" },
    });
    expect(await db.prisma.partnerLink.count()).toBe(0);
    expect(await db.prisma.outboxMail.count()).toBe(0);

    await expect(
      sendPartnerLink(db.prisma, draft, "kontakt@vard.region.example.se", now),
    ).resolves.toMatchObject({
      delivery: "outbox",
    });
    expect(await db.prisma.outboxMail.count({ where: { to: "kontakt@vard.region.example.se" } })).toBe(1);
  });

  it("caps partner links per client and service-wide per hour, beside the per-draft cap", async () => {
    const sender = client("203.0.113.5");
    await earlierHits(`partnerLink:${sender}`, ANONYMOUS_CAPS.partnerLink.perClient);
    const draft = await draftWithDelEtt();
    await expect(sendPartnerLink(db.prisma, draft, "a@example.se", now, sender)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(
      sendPartnerLink(db.prisma, draft, "a@example.se", now, client("198.51.100.8")),
    ).resolves.toBeTruthy();

    await earlierHits("partnerLink:alla", ANONYMOUS_CAPS.partnerLink.service);
    await expect(
      sendPartnerLink(db.prisma, draft, "b@example.se", now, client("192.0.2.1")),
    ).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    expect(await db.prisma.outboxMail.count()).toBe(1);
    // The next hour the service sends again.
    await expect(
      sendPartnerLink(db.prisma, draft, "b@example.se", anHourLater, sender),
    ).resolves.toBeTruthy();
  });
});

describe("receipts go only to the reporter's organisation's domains", () => {
  it("refuses del ett's e-mail address outside the organisation's domains, on the field", async () => {
    const { draft } = await createDraft(db.prisma, { now, expiryDays: 90 });
    const values = { ...validReporter(ids), reporterEmail: "privat@gmail.com" };
    await expect(
      saveStep(db.prisma, draft, { step: "reporter", complete: true, values }, now),
    ).rejects.toMatchObject({
      code: "INVALID",
      message:
        "Vi kan bara skicka kvittot till e-postadresser som slutar på @example.se. Använd en jobbadress.",
      options: { field: "reporterEmail" },
    });
    const saved = await saveStep(
      db.prisma,
      draft,
      { step: "reporter", complete: true, values: validReporter(ids) },
      now,
    );
    expect(saved.next).toBe("/rapportera/samverkanspart");
  });

  it("sends no receipt to a domain that is no longer allowed, and still files the report", async () => {
    const { draft } = await insertCompleteDraft(db.prisma, ids, now);
    await db.prisma.organisation.update({
      where: { id: ids.organisationId },
      data: { emailDomains: ["skane.se"] },
    });
    const result = await submitAndNotify(db.prisma, draft, now, client("203.0.113.5"));
    expect(result.reference).toBe("BIS-2026-0001");
    expect(await db.prisma.outboxMail.count({ where: { subject: { startsWith: "Kvitto" } } })).toBe(0);
    expect(await db.prisma.refusalCount.findMany({ select: { kind: true, count: true } })).toEqual([
      { kind: "mail_domain", count: 1 },
    ]);
  });

  it("sends receipts within the hourly cap only", async () => {
    const first = await insertCompleteDraft(db.prisma, ids, now);
    await submitAndNotify(db.prisma, first.draft, now, null);
    expect(await db.prisma.outboxMail.count({ where: { subject: { startsWith: "Kvitto" } } })).toBe(1);
    await earlierHits("receipt:alla", ANONYMOUS_CAPS.receipt.service);
    const second = await insertCompleteDraft(db.prisma, ids, now);
    await expect(submitAndNotify(db.prisma, second.draft, now, null)).resolves.toMatchObject({
      reference: "BIS-2026-0002",
    });
    expect(await db.prisma.outboxMail.count({ where: { subject: { startsWith: "Kvitto" } } })).toBe(1);
  });
});

describe("drafts and replies an anonymous client can start", () => {
  it("caps new drafts per client and service-wide per hour", async () => {
    const starter = client("203.0.113.5");
    for (let i = 0; i < ANONYMOUS_CAPS.draft.perClient; i++) await startDraft(db.prisma, now, starter);
    await expect(startDraft(db.prisma, now, starter)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(startDraft(db.prisma, now, client("198.51.100.8"))).resolves.toBeTruthy();

    await earlierHits("draft:alla", ANONYMOUS_CAPS.draft.service);
    await expect(startDraft(db.prisma, now, null)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(
        /^Just nu startas väldigt många rapporter, så ingen ny kunde startas\. Vänta en stund/,
      ),
    });
    expect(await db.prisma.draft.count()).toBe(ANONYMOUS_CAPS.draft.perClient + 1);
    await expect(startDraft(db.prisma, anHourLater, starter)).resolves.toBeTruthy();
  });

  it("caps the reporter's replies, which mail the coordinators, per client", async () => {
    const { draft } = await insertCompleteDraft(db.prisma, ids, now);
    const { reportId } = await submitAndNotify(db.prisma, draft, now);
    const replier = client("203.0.113.5");
    await earlierHits(`reply:${replier}`, ANONYMOUS_CAPS.reply.perClient);
    await expect(
      addReporterReply(db.prisma, { reportId, body: "Ett svar till.", clientKey: replier }, now),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.prisma.message.count()).toBe(0);
    await expect(
      addReporterReply(db.prisma, { reportId, body: "Ett svar.", clientKey: client("198.51.100.8") }, now),
    ).resolves.toBeTruthy();
  });
});
