import { beforeEach, describe, expect, it } from "vitest";
import type { Draft } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { createDraft, draftData, findDraftByCode, saveDraftStep } from "@/lib/reports/drafts";
import { createPartnerLink } from "@/lib/reports/partner-links";
import type { StepKey } from "@/lib/reports/wizard-steps";
import { ALL_STEPS, DEL_ETT, completeSteps, createReferenceData } from "../setup/db-helpers";
import {
  type ReferenceIds,
  validDelTva,
  validDescription,
  validEvent,
  validPartner,
  validReporter,
} from "../setup/fixtures";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const now = new Date("2026-03-02T09:00:00Z");
let ids: ReferenceIds;

beforeEach(async () => {
  ids = await createReferenceData(db.prisma);
});

async function newDraft(expiryDays = 90) {
  return createDraft(db.prisma, { now, expiryDays });
}

/** Saves a step as the wizard's autosave does: without completing it. */
function autosave(draft: Draft, key: StepKey, values: unknown) {
  return saveDraftStep(db.prisma, draft, key, values, { complete: false, now });
}

describe("creating and resuming a draft", () => {
  it("finds a new draft again with its resume code", async () => {
    const { draft, resumeCode } = await newDraft();
    const found = await findDraftByCode(db.prisma, resumeCode, now);
    expect(found.id).toBe(draft.id);
    expect(draftData(found)).toEqual({ completed: [] });
    expect(found.expiresAt.toISOString()).toBe("2026-05-31T09:00:00.000Z");
  });

  it("finds the draft when the code is typed in lower case with spaces", async () => {
    const { draft, resumeCode } = await newDraft();
    const typed = ` ${resumeCode.toLowerCase().replace(/-/g, " ")} `;
    expect((await findDraftByCode(db.prisma, typed, now)).id).toBe(draft.id);
  });

  it("stores only a hash of the resume code", async () => {
    const { draft, resumeCode } = await newDraft();
    const row = await db.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(JSON.stringify(row)).not.toContain(resumeCode);
    expect(JSON.stringify(row)).not.toContain(resumeCode.replace(/-/g, ""));
    expect(row.resumeCodeHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("writes no audit row for a draft that is only started, and DRAFT_CREATED at its first save", async () => {
    const { draft } = await newDraft();
    expect(await db.prisma.auditLog.count()).toBe(0);
    await autosave(draft, "reporter", { reporterName: "An" });
    await autosave(draft, "reporter", { reporterName: "Ann" });
    const rows = await db.prisma.auditLog.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "DRAFT_CREATED",
      actorLabel: "Rapportör",
      data: { draftId: draft.id },
    });
  });

  it("refuses an unknown code", async () => {
    await newDraft();
    await expect(findDraftByCode(db.prisma, "ABCDE-FGHJK-MNPQR-STVWX-YZ012-3", now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses an expired draft", async () => {
    const { resumeCode } = await newDraft(1);
    const dayLater = new Date(now.getTime() + 24 * 3600_000);
    const error = await findDraftByCode(db.prisma, resumeCode, dayLater).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "DRAFT_EXPIRED",
      message: "Utkastet har gått ut och har raderats. Du behöver börja om.",
    });
    // One minute before expiry it still works.
    await expect(
      findDraftByCode(db.prisma, resumeCode, new Date(dayLater.getTime() - 60_000)),
    ).resolves.toBeDefined();
  });
});

describe("expired drafts", () => {
  it("are deleted, with their partner links, when a new draft is created", async () => {
    const old = await createDraft(db.prisma, { now, expiryDays: 1 });
    const done = await completeSteps(db.prisma, old.draft, ids, DEL_ETT, now);
    await createPartnerLink(db.prisma, done, { email: "part@region.example.se", now, validDays: 14 });
    const fresh = await createDraft(db.prisma, { now, expiryDays: 90 });

    await createDraft(db.prisma, { now: new Date(now.getTime() + 2 * 86_400_000), expiryDays: 90 });

    expect(await db.prisma.draft.findUnique({ where: { id: old.draft.id } })).toBeNull();
    expect(await db.prisma.partnerLink.count()).toBe(0);
    expect(await db.prisma.draft.findUnique({ where: { id: fresh.draft.id } })).not.toBeNull();
    await expect(findDraftByCode(db.prisma, old.resumeCode, now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("saving steps", () => {
  it("autosave keeps invalid partial input as typed, without completing the step", async () => {
    const { draft, resumeCode } = await newDraft();
    const partial = { reporterName: "A", reporterEmail: "inte-en-adress" };
    const result = await autosave(draft, "reporter", partial);
    expect(result.ok).toBe(true);

    const stored = draftData(await findDraftByCode(db.prisma, resumeCode, now));
    expect(stored.reporter).toEqual(partial);
    expect(stored.completed).toEqual([]);
  });

  it("complete=true refuses invalid answers and stores nothing", async () => {
    const { draft } = await newDraft();
    const result = await saveDraftStep(
      db.prisma,
      draft,
      "reporter",
      { ...validReporter(ids), reporterEmail: "fel" },
      {
        complete: true,
        now,
      },
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.error.issues.map((i) => i.message)).toEqual([
      "Skriv e-postadressen som namn@exempel.se.",
    ]);
    const row = await db.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(draftData(row)).toEqual({ completed: [] });
  });

  it("complete=true validates, stores the cleaned answers and marks the step complete", async () => {
    const { draft } = await newDraft();
    const values = { ...validReporter(ids), reporterName: "  Testa Rapportör  " };
    const result = await saveDraftStep(db.prisma, draft, "reporter", values, { complete: true, now });
    expect(result.ok).toBe(true);

    const row = await db.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(draftData(row).completed).toEqual(["reporter"]);
    expect(draftData(row).reporter).toEqual({ ...validReporter(ids), reporterName: "Testa Rapportör" });
  });

  it("autosaving a completed step again marks it incomplete until it is completed anew", async () => {
    const { draft } = await newDraft();
    const saved = await completeSteps(db.prisma, draft, ids, ["reporter"], now);
    await autosave(saved, "reporter", { reporterName: "" });
    const row = await db.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(draftData(row).completed).toEqual([]);
  });

  it("keeps a step saved from another tab when this tab saves with its older copy of the draft", async () => {
    const { draft } = await newDraft();
    const staleCopy = draft;
    await saveDraftStep(db.prisma, staleCopy, "reporter", validReporter(ids), { complete: true, now });
    const result = await saveDraftStep(db.prisma, staleCopy, "partner", validPartner(ids), {
      complete: true,
      now,
    });
    expect(result.ok).toBe(true);
    const row = await db.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(draftData(row).completed).toEqual(["reporter", "partner"]);
    expect(draftData(row).reporter).toEqual(validReporter(ids));
  });

  it("refuses to save del två before del ett is complete", async () => {
    const { draft } = await newDraft();
    const partlyDone = await completeSteps(db.prisma, draft, ids, ["reporter", "partner", "event"], now);
    await expect(
      saveDraftStep(db.prisma, partlyDone, "delTva", validDelTva(), { complete: true, now }),
    ).rejects.toMatchObject({ code: "DRAFT_INCOMPLETE" });
    await expect(autosave(partlyDone, "delTva", { dialogueHeld: "ja" })).rejects.toMatchObject({
      code: "DRAFT_INCOMPLETE",
    });
  });

  it("refuses text too long to store", async () => {
    const { draft } = await newDraft();
    await expect(autosave(draft, "reporter", { reporterName: "a".repeat(70_000) })).rejects.toMatchObject({
      code: "INVALID",
    });
  });

  it("refuses to change a draft that has been submitted", async () => {
    const { draft } = await newDraft();
    const submitted = await db.prisma.draft.update({ where: { id: draft.id }, data: { submittedAt: now } });
    await expect(
      saveDraftStep(db.prisma, submitted, "reporter", validReporter(ids), { complete: true, now }),
    ).rejects.toMatchObject({ code: "ALREADY_SUBMITTED" });
  });
});

describe("completing del ett", () => {
  it("sets delEttDoneAt and writes one DEL_ETT_COMPLETED audit row", async () => {
    const { draft } = await newDraft();
    const threeSteps = await completeSteps(db.prisma, draft, ids, ["reporter", "partner", "event"], now);
    expect(threeSteps.delEttDoneAt).toBeNull();
    expect(await db.prisma.auditLog.count({ where: { action: "DEL_ETT_COMPLETED" } })).toBe(0);

    const later = new Date(now.getTime() + 3600_000);
    const done = await completeSteps(db.prisma, threeSteps, ids, ["description"], later);
    expect(done.delEttDoneAt?.toISOString()).toBe(later.toISOString());

    const audit = await db.prisma.auditLog.findMany({ where: { action: "DEL_ETT_COMPLETED" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorLabel: "Rapportör", reportId: null, data: { draftId: draft.id } });
  });

  it("does not move delEttDoneAt or audit again when a del ett step is saved again", async () => {
    const { draft } = await newDraft();
    const done = await completeSteps(db.prisma, draft, ids, DEL_ETT, now);
    const firstDoneAt = done.delEttDoneAt;
    const again = await completeSteps(
      db.prisma,
      done,
      ids,
      ["reporter"],
      new Date(now.getTime() + 86_400_000),
    );
    expect(again.delEttDoneAt).toEqual(firstDoneAt);
    expect(await db.prisma.auditLog.count({ where: { action: "DEL_ETT_COMPLETED" } })).toBe(1);
  });

  it("lets del två be saved once del ett is complete, completing the draft", async () => {
    const { draft } = await newDraft();
    const done = await completeSteps(db.prisma, draft, ids, ALL_STEPS, now);
    expect(draftData(done).completed).toEqual(ALL_STEPS);
  });
});

describe("a personnummer is never stored", () => {
  const PNR = "19850312-1234";
  const BLOCKED =
    "Ta bort personnumret ur beskrivningen. Rapporten får inte innehålla personnummer eller samordningsnummer.";
  const CLEAN = "Socialpsykiatrin kallade till SIP men öppenvården kom inte till mötet.";

  async function atDescription() {
    const { draft, resumeCode } = await newDraft();
    return {
      draft: await completeSteps(db.prisma, draft, ids, ["reporter", "partner", "event"], now),
      resumeCode,
    };
  }

  async function storedRow(id: string) {
    return db.prisma.draft.findUniqueOrThrow({ where: { id } });
  }

  it("an autosave keeps the text stored before in place of one with a personnummer, and nothing of it", async () => {
    const { draft } = await atDescription();
    await autosave(draft, "description", { description: CLEAN, actionsTaken: "" });
    const result = await autosave(draft, "description", {
      description: `${CLEAN} Gäller ${PNR}.`,
      actionsTaken: "Vi ringde enhetschefen.",
    });
    expect(result.ok).toBe(true);

    const row = await storedRow(draft.id);
    expect(JSON.stringify(row.data)).not.toContain(PNR);
    expect(JSON.stringify(row.data)).not.toContain("8503121234");
    expect(draftData(row).description).toEqual({
      description: CLEAN,
      actionsTaken: "Vi ringde enhetschefen.",
    });
  });

  it("an autosave stores nothing of a text with a personnummer when nothing was stored before", async () => {
    const { draft } = await atDescription();
    await autosave(draft, "description", {
      description: `Gäller 850312-1234 som väntade.`,
      actionsTaken: "Vi ringde.",
    });
    const row = await storedRow(draft.id);
    expect(JSON.stringify(row.data)).not.toContain("850312-1234");
    expect(draftData(row).description).toEqual({ actionsTaken: "Vi ringde." });
  });

  it("an autosave of a field the browser held back keeps what was stored before", async () => {
    const { draft } = await atDescription();
    await autosave(draft, "description", { description: CLEAN, actionsTaken: "Först." });
    await autosave(draft, "description", { actionsTaken: "Sedan." });
    expect(draftData(await storedRow(draft.id)).description).toEqual({
      description: CLEAN,
      actionsTaken: "Sedan.",
    });
  });

  it("holds for every text of every step: a measure, a date field, the reporter's answers", async () => {
    const { draft } = await newDraft();
    await autosave(draft, "reporter", { ...validReporter(ids), reporterPhone: PNR });
    const reporter = draftData(await storedRow(draft.id)).reporter;
    expect(reporter).toEqual({ ...validReporter(ids), reporterPhone: undefined });
    expect(JSON.stringify(reporter)).not.toContain(PNR);

    const withDelEtt = await completeSteps(db.prisma, draft, ids, DEL_ETT, now);
    await autosave(withDelEtt, "delTva", {
      ...validDelTva(),
      dialogueDate: "850312-1234",
      measures: [{ description: `Följ upp ${PNR}.`, responsibleParty: "BUP", targetDate: "" }],
    });
    const row = await storedRow(draft.id);
    expect(JSON.stringify(row.data)).not.toContain("850312-1234");
    expect(draftData(row).delTva).toMatchObject({
      measures: [{ responsibleParty: "BUP", targetDate: "" }],
    });
  });

  it("a complete save refuses it with the field error and stores nothing", async () => {
    const { draft } = await atDescription();
    await autosave(draft, "description", { description: CLEAN, actionsTaken: "" });
    const before = await storedRow(draft.id);
    const result = await saveDraftStep(
      db.prisma,
      draft,
      "description",
      { ...validDescription(), description: `${CLEAN} Gäller ${PNR}.` },
      { complete: true, now },
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["description", BLOCKED],
    ]);
    const row = await storedRow(draft.id);
    expect(row.data).toEqual(before.data);
    expect(draftData(row).completed).not.toContain("description");
  });

  it("a complete save refuses a personnummer in a date field left behind by emptying it", async () => {
    const { draft } = await newDraft();
    const done = await completeSteps(db.prisma, draft, ids, ["reporter", "partner"], now);
    const result = await saveDraftStep(
      db.prisma,
      done,
      "event",
      { ...validEvent(ids), eventTiming: "manad", eventMonth: "2025-10", eventDate: PNR },
      { complete: true, now },
    );
    expect(result.ok).toBe(true);
    expect(draftData(await storedRow(draft.id)).event).toMatchObject({
      eventDate: "",
      eventMonth: "2025-10",
    });
  });
});

describe("confirmations of details kept on purpose", () => {
  it("are stored in the draft with the step, as kinds only", async () => {
    const { draft } = await newDraft();
    const done = await completeSteps(db.prisma, draft, ids, ["reporter", "partner", "event"], now);
    const values = {
      description: "Karl väntade sedan den 12 mars på en SIP som aldrig hölls av öppenvården.",
      actionsTaken: "Vi kallade till ett nytt möte.",
      identifierConfirmations: { description: ["namn", "datum"], actionsTaken: ["namn"] },
    };
    const result = await saveDraftStep(db.prisma, done, "description", values, { complete: true, now });
    expect(result.ok).toBe(true);
    const stored = draftData(await db.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } }));
    expect(stored.description).toEqual({
      ...values,
      identifierConfirmations: { description: ["namn", "datum"] },
    });
    expect(stored.completed).toContain("description");
  });

  it("are required before a step with other details can be completed", async () => {
    const { draft } = await newDraft();
    const done = await completeSteps(db.prisma, draft, ids, ["reporter", "partner", "event"], now);
    const result = await saveDraftStep(
      db.prisma,
      done,
      "description",
      { ...validDescription(), description: "Karl väntade i tre veckor på en SIP som aldrig hölls." },
      { complete: true, now },
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.error.issues.map((i) => i.path.join("."))).toEqual([
      "identifierConfirmations.description",
    ]);
  });
});
