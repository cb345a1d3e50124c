import { beforeEach, describe, expect, it } from "vitest";
import { toFieldErrors } from "@/lib/field-errors";
import { env } from "@/lib/env";
import { draftExpiresAt } from "@/lib/reports/draft-expiry";
import { createDraft, draftData } from "@/lib/reports/drafts";
import { resumeDraft } from "@/lib/reports/resume-draft";
import { saveStep, ZSaveStep } from "@/lib/reports/save-step";
import { sendPartnerLink } from "@/lib/reports/send-partner-link";
import { startDraft } from "@/lib/reports/start-draft";
import { submitAndNotify } from "@/lib/reports/submit-and-notify";
import { RETENTION_SETTINGS_KEY } from "@/lib/settings/retention-settings";
import { DEL_ETT, completeSteps, createReferenceData, insertCompleteDraft } from "../setup/db-helpers";
import { REPORT_DESCRIPTION, type ReferenceIds, validReporter } from "../setup/fixtures";
import { setupTestDb } from "../setup/test-db";

// The operations behind the public side's server actions: each one what its action calls, nothing more.

const db = setupTestDb();
const now = new Date("2026-03-02T09:00:00Z");
let ids: ReferenceIds;

beforeEach(async () => {
  ids = await createReferenceData(db.prisma);
});

function setRetention(value: { draftExpiryDays?: number; partnerLinkDays?: number }) {
  return db.prisma.setting.create({ data: { key: RETENTION_SETTINGS_KEY, value } });
}

describe("starting a draft", () => {
  it("lives as long as the administrator has set", async () => {
    await setRetention({ draftExpiryDays: 10 });
    const { draft, resumeCode } = await startDraft(db.prisma, now);
    expect(resumeCode.replace(/-/g, "")).toHaveLength(26);
    expect(draft.expiresAt).toEqual(draftExpiresAt(now, 10));
  });
});

describe("resuming a draft", () => {
  it("returns the draft and audits DRAFT_RESUMED", async () => {
    const { draft, resumeCode } = await createDraft(db.prisma, { now, expiryDays: 90 });
    const resumed = await resumeDraft(db.prisma, resumeCode, now);
    expect(resumed.id).toBe(draft.id);
    const rows = await db.prisma.auditLog.findMany({ where: { action: "DRAFT_RESUMED" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorLabel: "Rapportör", data: { draftId: draft.id } });
  });

  it("refuses an unknown code and audits nothing", async () => {
    await createDraft(db.prisma, { now, expiryDays: 90 });
    await expect(resumeDraft(db.prisma, "ABCDE-FGHJK-MNPQR-STVWX-YZ012-3", now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.prisma.auditLog.count({ where: { action: "DRAFT_RESUMED" } })).toBe(0);
  });

  it("refuses a submitted draft", async () => {
    const { draft, resumeCode } = await insertCompleteDraft(db.prisma, ids, now);
    await submitAndNotify(db.prisma, draft, now);
    await expect(resumeDraft(db.prisma, resumeCode, now)).rejects.toMatchObject({
      code: "ALREADY_SUBMITTED",
    });
  });
});

describe("saving a wizard step", () => {
  it("keys a completed step's errors by the form's own field names", () => {
    const parsed = ZSaveStep.safeParse({
      step: "reporter",
      complete: true,
      values: { ...validReporter(ids), reporterName: "", reporterEmail: "inte-en-adress" },
    });
    expect(parsed.success).toBe(false);
    expect(toFieldErrors(parsed.error!)).toEqual({
      reporterName: "Fyll i ditt namn.",
      reporterEmail: "Skriv e-postadressen som namn@exempel.se.",
    });
  });

  it("keeps autosaved values as typed, unchecked", () => {
    const values = { reporterName: "", reporterEmail: "halv@" };
    expect(ZSaveStep.parse({ step: "reporter", complete: false, values })).toEqual({
      step: "reporter",
      complete: false,
      values,
    });
  });

  it("refuses an unknown step", () => {
    expect(ZSaveStep.safeParse({ step: "okand", complete: false, values: {} }).success).toBe(false);
  });

  it("saves a completed step and names the next one", async () => {
    const { draft } = await createDraft(db.prisma, { now, expiryDays: 90 });
    const input = ZSaveStep.parse({ step: "reporter", complete: true, values: validReporter(ids) });
    expect(await saveStep(db.prisma, draft, input, now)).toEqual({ next: "/rapportera/samverkanspart" });
    const stored = await db.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(draftData(stored).completed).toEqual(["reporter"]);
  });
});

describe("a personnummer typed into a step", () => {
  const PNR = "19850312-1234";
  const CLEAN = "Socialpsykiatrin kallade till SIP men öppenvården kom inte till mötet.";

  async function atDescription() {
    const { draft, resumeCode } = await startDraft(db.prisma, now);
    return {
      draft: await completeSteps(db.prisma, draft, ids, ["reporter", "partner", "event"], now),
      resumeCode,
    };
  }

  it("is refused by a complete save with the error at the field", async () => {
    const { draft } = await atDescription();
    const parsed = ZSaveStep.safeParse({
      step: "description",
      complete: true,
      values: { description: `${CLEAN} Gäller ${PNR}.`, actionsTaken: "Vi ringde enhetschefen direkt." },
    });
    expect(parsed.success).toBe(false);
    expect(toFieldErrors(parsed.error!)).toEqual({
      description:
        "Ta bort personnumret ur beskrivningen. Rapporten får inte innehålla personnummer eller samordningsnummer.",
    });
    // Had the check been skipped, the operation refuses it too.
    await expect(
      saveStep(
        db.prisma,
        draft,
        {
          step: "description",
          complete: true,
          values: { description: `${CLEAN} Gäller ${PNR}.`, actionsTaken: "Vi ringde enhetschefen direkt." },
        },
        now,
      ),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(
      JSON.stringify((await db.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } })).data),
    ).not.toContain(PNR);
  });

  it("asks for the confirmation of other details at its own field", () => {
    const parsed = ZSaveStep.safeParse({
      step: "description",
      complete: true,
      values: { description: `${CLEAN} Karl väntade.`, actionsTaken: "Vi ringde enhetschefen direkt." },
    });
    expect(toFieldErrors(parsed.error!)).toEqual({
      "identifierConfirmations.description":
        "Beskrivningen innehåller ett namn som kan identifiera personen. Ta bort det, eller kryssa i att det behövs för att förstå händelsen.",
    });
  });

  it("is not brought back by a resume in another browser: only what was stored is", async () => {
    const { draft, resumeCode } = await atDescription();
    await saveStep(
      db.prisma,
      draft,
      { step: "description", complete: false, values: { description: CLEAN, actionsTaken: "" } },
      now,
    );
    await saveStep(
      db.prisma,
      draft,
      {
        step: "description",
        complete: false,
        values: { description: `${CLEAN} Gäller ${PNR}.`, actionsTaken: "Vi ringde." },
      },
      now,
    );

    const resumed = await resumeDraft(db.prisma, resumeCode, new Date(now.getTime() + 3600_000));
    expect(draftData(resumed).description).toEqual({ description: CLEAN, actionsTaken: "Vi ringde." });
    expect(JSON.stringify(resumed)).not.toContain(PNR);
  });
});

describe("sending a partner link", () => {
  it("mails a single-use link valid as long as set, and keeps no link in the outbox", async () => {
    await setRetention({ partnerLinkDays: 5 });
    const { draft } = await createDraft(db.prisma, { now, expiryDays: 90 });
    const withDelEtt = await completeSteps(db.prisma, draft, ids, DEL_ETT, now);

    const sent = await sendPartnerLink(db.prisma, withDelEtt, "part@region.example.se", now);

    expect(sent.url).toMatch(new RegExp(`^${env.APP_URL}/samverkanspart/[A-Z0-9-]+$`));
    expect(sent.delivery).toBe("outbox");
    const link = await db.prisma.partnerLink.findFirstOrThrow({ where: { draftId: draft.id } });
    expect(link.expiresAt).toEqual(draftExpiresAt(now, 5));
    const [mail] = await db.prisma.outboxMail.findMany();
    expect(mail).toMatchObject({
      to: "part@region.example.se",
      subject: "Du har fått del ett av en rapport om brist i samverkan",
    });
    expect(mail!.body).not.toContain(sent.url.split("/").pop());
  });

  it("refuses a draft whose del ett is not done, and sends nothing", async () => {
    const { draft } = await createDraft(db.prisma, { now, expiryDays: 90 });
    await expect(sendPartnerLink(db.prisma, draft, "part@region.example.se", now)).rejects.toMatchObject({
      code: "DRAFT_INCOMPLETE",
    });
    expect(await db.prisma.outboxMail.count()).toBe(0);
  });
});

describe("submitting with a receipt", () => {
  it("mails the reporter the reference and a link, never the report's text", async () => {
    const { draft } = await insertCompleteDraft(db.prisma, ids, now);
    const result = await submitAndNotify(db.prisma, draft, now);

    const mails = await db.prisma.outboxMail.findMany({ where: { to: "rapportor@example.se" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      to: validReporter(ids).reporterEmail,
      subject: `Kvitto: din rapport ${result.reference} har kommit in`,
    });
    expect(mails[0]!.body).toContain(`${env.APP_URL}/uppfoljning`);
    expect(mails[0]!.body).not.toContain(REPORT_DESCRIPTION.slice(0, 30));
    expect(mails[0]!.body).not.toContain(result.followUpCode);
  });

  it("sends no second receipt for a repeated submit", async () => {
    const { draft } = await insertCompleteDraft(db.prisma, ids, now);
    const first = await submitAndNotify(db.prisma, draft, now);
    const stored = await db.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } });
    const again = await submitAndNotify(db.prisma, stored, new Date(now.getTime() + 60_000));

    expect(again).toMatchObject({ reference: first.reference, wasAlreadySubmitted: true });
    expect(await db.prisma.outboxMail.count({ where: { to: "rapportor@example.se" } })).toBe(1);
  });
});
