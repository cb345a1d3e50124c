import { beforeEach, describe, expect, it } from "vitest";
import { createDraft } from "@/lib/reports/drafts";
import {
  MAX_LINKS_PER_DRAFT,
  PARTNER_SESSION_HOURS,
  addPartnerComment,
  checkPartnerLink,
  createPartnerLink,
  findOpenPartnerSession,
  listPartnerComments,
  openPartnerLink,
} from "@/lib/reports/partner-links";
import { ZPartnerComment } from "@/lib/reports/schemas";
import { submitReport } from "@/lib/reports/submit-report";
import { DEL_ETT, completeSteps, createReferenceData } from "../setup/db-helpers";
import type { ReferenceIds } from "../setup/fixtures";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const now = new Date("2026-03-02T09:00:00Z");
const hours = (n: number) => new Date(now.getTime() + n * 3600_000);
const PARTNER_EMAIL = "samverkanspart@region.example.se";
const COMMENT = ZPartnerComment.parse({
  organisation: "Vuxenpsykiatrin Helsingborg",
  role: "Enhetschef",
  comment: "Vi känner igen beskrivningen och har utsett en ersättare för SIP-kallelser.",
});
let ids: ReferenceIds;

beforeEach(async () => {
  ids = await createReferenceData(db.prisma);
});

async function draftWithDelEtt() {
  const { draft } = await createDraft(db.prisma, { now, expiryDays: 90 });
  return completeSteps(db.prisma, draft, ids, DEL_ETT, now);
}

async function linkFor(validDays = 14) {
  const draft = await draftWithDelEtt();
  const { link, token } = await createPartnerLink(db.prisma, draft, { email: PARTNER_EMAIL, now, validDays });
  return { draft, link, token };
}

describe("creating a partner link", () => {
  it("refuses to share a draft before del ett is complete", async () => {
    const { draft } = await createDraft(db.prisma, { now, expiryDays: 90 });
    await expect(
      createPartnerLink(db.prisma, draft, { email: PARTNER_EMAIL, now, validDays: 14 }),
    ).rejects.toMatchObject({
      code: "DRAFT_INCOMPLETE",
    });
    expect(await db.prisma.partnerLink.count()).toBe(0);
  });

  it("stores only a hash of the link's token and expires it after the given days", async () => {
    const { link, token } = await linkFor(14);
    const row = await db.prisma.partnerLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.expiresAt.toISOString()).toBe("2026-03-16T09:00:00.000Z");
    expect(JSON.stringify(row)).not.toContain(token.replace(/-/g, ""));
    const audit = await db.prisma.auditLog.findMany({ where: { action: "PARTNER_LINK_CREATED" } });
    expect(audit.map((a) => a.data)).toEqual([{ partnerLinkId: link.id }]);
  });
});

describe("opening a partner link", () => {
  it("opens once", async () => {
    const { link, token } = await linkFor();
    const opened = await openPartnerLink(db.prisma, token, hours(1));
    expect(opened).toMatchObject({ id: link.id, openedAt: hours(1) });
    const row = await db.prisma.partnerLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.openedAt).toEqual(hours(1));
    expect(await db.prisma.auditLog.count({ where: { action: "PARTNER_LINK_OPENED" } })).toBe(1);
  });

  it("refuses a second opening with GONE", async () => {
    const { token } = await linkFor();
    await openPartnerLink(db.prisma, token, hours(1));
    await expect(openPartnerLink(db.prisma, token, hours(2))).rejects.toMatchObject({
      code: "GONE",
      message: "Länken har redan använts eller gått ut.",
    });
    expect(await db.prisma.auditLog.count({ where: { action: "PARTNER_LINK_REFUSED" } })).toBe(1);
  });

  it("lets only one of two simultaneous openings through", async () => {
    const { token } = await linkFor();
    const results = await Promise.allSettled([
      openPartnerLink(db.prisma, token, hours(1)),
      openPartnerLink(db.prisma, token, hours(1)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "GONE" });
    expect(await db.prisma.auditLog.count({ where: { action: "PARTNER_LINK_OPENED" } })).toBe(1);
  });

  it("refuses an expired link with GONE", async () => {
    const { token, link } = await linkFor(14);
    await expect(openPartnerLink(db.prisma, token, link.expiresAt)).rejects.toMatchObject({ code: "GONE" });
    await expect(openPartnerLink(db.prisma, token, hours(15 * 24))).rejects.toMatchObject({ code: "GONE" });
    const row = await db.prisma.partnerLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.openedAt).toBeNull();
  });

  it("refuses an unknown token the same way", async () => {
    await linkFor();
    await expect(
      openPartnerLink(db.prisma, "ABCDE-FGHJK-MNPQR-STVWX-YZ012-3", hours(1)),
    ).rejects.toMatchObject({
      code: "GONE",
      message: "Länken har redan använts eller gått ut.",
    });
  });
});

describe("checking a partner link before opening it", () => {
  it("does not use up the link, so a mail scanner's visit leaves it openable", async () => {
    const { link, token } = await linkFor();
    expect((await checkPartnerLink(db.prisma, token, hours(1)))?.id).toBe(link.id);
    expect((await checkPartnerLink(db.prisma, token, hours(1)))?.id).toBe(link.id);

    const row = await db.prisma.partnerLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.openedAt).toBeNull();
    expect(
      await db.prisma.auditLog.count({
        where: { action: { in: ["PARTNER_LINK_OPENED", "PARTNER_LINK_REFUSED"] } },
      }),
    ).toBe(0);
    await expect(openPartnerLink(db.prisma, token, hours(2))).resolves.toMatchObject({ id: link.id });
  });

  it("finds nothing for an opened, expired or unknown link, without auditing", async () => {
    const { link, token } = await linkFor(14);
    expect(await checkPartnerLink(db.prisma, token, link.expiresAt)).toBeNull();
    expect(await checkPartnerLink(db.prisma, "ABCDE-FGHJK-MNPQR-STVWX-YZ012-3", hours(1))).toBeNull();
    await openPartnerLink(db.prisma, token, hours(1));
    expect(await checkPartnerLink(db.prisma, token, hours(2))).toBeNull();
    expect(await db.prisma.auditLog.count({ where: { action: "PARTNER_LINK_REFUSED" } })).toBe(0);
  });
});

describe("the partner's session after opening", () => {
  it("lasts a limited time after the opening", async () => {
    const { token, link } = await linkFor();
    await openPartnerLink(db.prisma, token, hours(1));
    expect((await findOpenPartnerSession(db.prisma, token, hours(2)))?.id).toBe(link.id);
    expect(await findOpenPartnerSession(db.prisma, token, hours(1 + PARTNER_SESSION_HOURS + 1))).toBeNull();
  });

  it("does not exist before the link is opened", async () => {
    const { token } = await linkFor();
    expect(await findOpenPartnerSession(db.prisma, token, hours(1))).toBeNull();
  });
});

describe("the partner's comment", () => {
  it("is stored with the commenter's organisation and role", async () => {
    const { token, draft, link } = await linkFor();
    const opened = await openPartnerLink(db.prisma, token, hours(1));
    await addPartnerComment(db.prisma, opened, COMMENT, hours(2));

    const row = await db.prisma.partnerLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row).toMatchObject({
      comment: COMMENT.comment,
      commenterOrganisation: "Vuxenpsykiatrin Helsingborg",
      commenterRole: "Enhetschef",
      commentedAt: hours(2),
    });
    const listed = await listPartnerComments(db.prisma, draft.id);
    expect(listed).toEqual([
      expect.objectContaining({
        id: link.id,
        comment: COMMENT.comment,
        commenterRole: "Enhetschef",
        email: PARTNER_EMAIL,
      }),
    ]);
    expect(await db.prisma.auditLog.count({ where: { action: "PARTNER_COMMENT_ADDED" } })).toBe(1);
  });

  it("can be given only once, and ends the partner's session", async () => {
    const { token } = await linkFor();
    const opened = await openPartnerLink(db.prisma, token, hours(1));
    await addPartnerComment(db.prisma, opened, COMMENT, hours(2));
    await expect(
      addPartnerComment(db.prisma, opened, { ...COMMENT, comment: "Ett andra försök." }, hours(3)),
    ).rejects.toMatchObject({
      code: "GONE",
    });
    expect(await findOpenPartnerSession(db.prisma, token, hours(3))).toBeNull();
    expect(await db.prisma.auditLog.count({ where: { action: "PARTNER_COMMENT_ADDED" } })).toBe(1);
  });

  it("is copied into the report at submit", async () => {
    const { token, draft } = await linkFor();
    const opened = await openPartnerLink(db.prisma, token, hours(1));
    await addPartnerComment(db.prisma, opened, COMMENT, hours(2));
    const complete = await completeSteps(db.prisma, draft, ids, ["delTva"], hours(3));

    const { reportId } = await submitReport(db.prisma, complete, hours(4));
    const report = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report.partnerComment).toBe(COMMENT.comment);
    expect(report.partnerCommentOrganisation).toBe("Vuxenpsykiatrin Helsingborg, Enhetschef");
  });

  it("closes the partner's session once the report is submitted", async () => {
    const { token, draft } = await linkFor();
    await openPartnerLink(db.prisma, token, hours(1));
    const complete = await completeSteps(db.prisma, draft, ids, ["delTva"], hours(2));
    await submitReport(db.prisma, complete, hours(3));
    expect(await findOpenPartnerSession(db.prisma, token, hours(4))).toBeNull();
  });

  it("refuses a new link for a draft already submitted", async () => {
    const { draft } = await linkFor();
    const complete = await completeSteps(db.prisma, draft, ids, ["delTva"], hours(1));
    await submitReport(db.prisma, complete, hours(2));
    const submitted = await db.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } });
    await expect(
      createPartnerLink(db.prisma, submitted, { email: PARTNER_EMAIL, now: hours(3), validDays: 14 }),
    ).rejects.toMatchObject({ code: "ALREADY_SUBMITTED" });
  });
});

describe("limits on partner links", () => {
  it("refuses more than the allowed number of links for one draft, so the service can't be used to send mail in bulk", async () => {
    const draft = await draftWithDelEtt();
    for (let i = 0; i < MAX_LINKS_PER_DRAFT; i++) {
      await createPartnerLink(db.prisma, draft, { email: `part${i}@example.se`, now, validDays: 14 });
    }
    await expect(
      createPartnerLink(db.prisma, draft, { email: "en-till@example.se", now, validDays: 14 }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.prisma.partnerLink.count({ where: { draftId: draft.id } })).toBe(MAX_LINKS_PER_DRAFT);
  });
});
