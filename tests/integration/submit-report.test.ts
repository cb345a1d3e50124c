import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { createDraft, findDraftByCode, saveDraftStep } from "@/lib/reports/drafts";
import { findReportForFollowUp } from "@/lib/reports/follow-up";
import { addPartnerComment, createPartnerLink, openPartnerLink } from "@/lib/reports/partner-links";
import { RESUBMIT_WINDOW_MINUTES, submitDraft, submitReport } from "@/lib/reports/submit-report";
import {
  DEL_ETT,
  completeSteps,
  createCompleteDraft,
  createReferenceData,
  insertCompleteDraft,
  submitNewReport,
} from "../setup/db-helpers";
import {
  REPORT_ACTIONS,
  REPORT_DESCRIPTION,
  type ReferenceIds,
  validDelTva,
  validDelTvaWithoutDialogue,
  validReporter,
  validSteps,
} from "../setup/fixtures";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const now = new Date("2026-03-02T09:00:00Z");
let ids: ReferenceIds;

beforeEach(async () => {
  ids = await createReferenceData(db.prisma);
});

/** Looks a follow-up code up as a new visitor each time, so rate limiting stays out of the way. */
function followUp(code: string) {
  return findReportForFollowUp(db.prisma, code, {
    clientKey: randomUUID(),
    now,
    maxAttempts: 10,
    windowMinutes: 15,
  });
}

async function reload(id: string) {
  return db.prisma.draft.findUniqueOrThrow({ where: { id } });
}

describe("submitting a report", () => {
  it("gives the first report of the year BIS-<year>-0001 and the next 0002", async () => {
    const first = await insertCompleteDraft(db.prisma, ids, now);
    const second = await insertCompleteDraft(db.prisma, ids, now);

    const a = await submitReport(db.prisma, first.draft, now);
    const b = await submitReport(db.prisma, second.draft, now);

    expect(a).toMatchObject({ reference: "BIS-2026-0001", wasAlreadySubmitted: false });
    expect(b).toMatchObject({ reference: "BIS-2026-0002", wasAlreadySubmitted: false });
    const reports = await db.prisma.report.findMany({ orderBy: { sequence: "asc" } });
    expect(reports.map((r) => [r.reference, r.year, r.sequence])).toEqual([
      ["BIS-2026-0001", 2026, 1],
      ["BIS-2026-0002", 2026, 2],
    ]);
  });

  it("stores the answers, partners, areas and measures of the draft in the report", async () => {
    const { draft } = await createCompleteDraft(db.prisma, ids, now);
    const { reportId } = await submitReport(db.prisma, draft, now);

    const report = await db.prisma.report.findUniqueOrThrow({
      where: { id: reportId },
      include: { partners: true, areas: true, measures: true },
    });
    expect(report).toMatchObject({
      status: "INKOMMEN",
      reporterName: validReporter(ids).reporterName,
      reporterEmail: "rapportor@example.se",
      organisationId: ids.organisationId,
      hasConsultedChef: true,
      description: REPORT_DESCRIPTION,
      actionsTaken: REPORT_ACTIONS,
      ageGroup: "VUXEN",
      eventMonth: null,
      dialogueHeld: true,
      isSolved: "DELVIS",
      needsEscalation: false,
      participants: validDelTva().participants,
      partnerComment: null,
    });
    expect(report.eventDate?.toISOString().slice(0, 10)).toBe("2025-10-14");
    expect(report.dialogueDate?.toISOString().slice(0, 10)).toBe("2025-11-03");
    expect(report.submittedAt).toEqual(now);
    expect(report.partners.map((p) => p.organisationId)).toEqual([ids.partnerOrganisationId]);
    expect(report.areas.map((a) => a.areaId)).toEqual([ids.areaId]);
    expect(report.measures).toHaveLength(1);
    expect(report.measures[0]).toMatchObject({ responsibleParty: "Vuxenpsykiatrin", sortOrder: 0 });
    expect(report.measures[0]!.targetDate?.toISOString().slice(0, 10)).toBe("2026-01-31");

    const stored = await reload(draft.id);
    expect(stored.submittedAt).toEqual(now);
    expect(stored.reportId).toBe(reportId);
  });

  it("gives out a follow-up code that finds the report, stored only as a hash", async () => {
    const { draft } = await insertCompleteDraft(db.prisma, ids, now);
    const result = await submitNewReport(db.prisma, draft, now);
    const seen = await followUp(result.followUpCode);
    expect(seen).toMatchObject({ id: result.reportId, reference: "BIS-2026-0001", status: "INKOMMEN" });
    const row = await db.prisma.report.findUniqueOrThrow({ where: { id: result.reportId } });
    expect(JSON.stringify(row)).not.toContain(result.followUpCode.replace(/-/g, ""));
  });

  it("starts the count again at 0001 in the new year, by Stockholm time", async () => {
    const oldYear = new Date("2025-12-31T22:30:00Z"); // 23:30 in Stockholm
    const newYear = new Date("2025-12-31T23:30:00Z"); // 00:30 on New Year's Day in Stockholm
    const a = await insertCompleteDraft(db.prisma, ids, oldYear);
    const b = await insertCompleteDraft(db.prisma, ids, oldYear);
    expect((await submitReport(db.prisma, a.draft, oldYear)).reference).toBe("BIS-2025-0001");
    expect((await submitReport(db.prisma, b.draft, newYear)).reference).toBe("BIS-2026-0001");
  });

  it("writes a REPORT_SUBMITTED audit row holding the reference and no report text", async () => {
    const { draft } = await insertCompleteDraft(db.prisma, ids, now);
    const { reportId, reference } = await submitReport(db.prisma, draft, now);

    const rows = await db.prisma.auditLog.findMany({ where: { action: "REPORT_SUBMITTED" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reportId, actorId: null, actorLabel: "Rapportör" });
    expect(rows[0]!.data).toEqual({ reference });
  });
});

describe("details the reporter kept on purpose", () => {
  async function submitWith(steps: { description?: object; delTva?: object }) {
    const { draft } = await createDraft(db.prisma, { now, expiryDays: 90 });
    const done = await completeSteps(db.prisma, draft, ids, ["reporter", "partner", "event"], now);
    const values = { ...validSteps(ids), ...steps };
    for (const key of ["description", "delTva"] as const) {
      const saved = await saveDraftStep(db.prisma, done, key, values[key], { complete: true, now });
      if (!saved.ok) throw new Error(saved.error.message);
    }
    const { reportId } = await submitReport(db.prisma, await reload(draft.id), now);
    return db.prisma.report.findUniqueOrThrow({ where: { id: reportId }, include: { measures: true } });
  }

  it("are copied to the report as kinds per field, never text", async () => {
    const report = await submitWith({
      description: {
        description: `${REPORT_DESCRIPTION} Karl väntade sedan den 12 mars.`,
        actionsTaken: REPORT_ACTIONS,
        identifierConfirmations: { description: ["namn", "datum", "telefon"] },
      },
      delTva: {
        ...validDelTva(),
        measures: [
          validDelTva().measures[0],
          {
            description: "Uppföljande möte den 3 april med samma parter.",
            responsibleParty: "Vuxenpsykiatrin",
            targetDate: "",
            identifierConfirmations: { description: ["datum"] },
          },
        ],
        noDialogueReason: "Karl ville inte.",
        identifierConfirmations: { noDialogueReason: ["namn"] },
      },
    });
    expect(report.identifierConfirmations).toEqual({
      description: ["namn", "datum"],
      "measures.1.description": ["datum"],
    });
    expect(report.measures.find((m) => m.sortOrder === 1)?.description).toBe(
      "Uppföljande möte den 3 april med samma parter.",
    );
  });

  it("include the reason for no dialogue and the escalation comment when the report keeps them", async () => {
    const report = await submitWith({
      delTva: {
        ...validDelTvaWithoutDialogue(),
        noDialogueReason: "Samverkansparten har inte svarat sedan den 3 februari.",
        escalationComment: "Lyfts till samrådet, ring 070-123 45 67.",
        identifierConfirmations: { noDialogueReason: ["datum"], escalationComment: ["telefon"] },
      },
    });
    expect(report.identifierConfirmations).toEqual({
      noDialogueReason: ["datum"],
      escalationComment: ["telefon"],
    });
  });

  it("are null when the report keeps nothing that needed a confirmation", async () => {
    const report = await submitWith({});
    expect(report.identifierConfirmations).toBeNull();
  });

  it("never let a personnummer through: a draft holding one, however it got there, is not submitted", async () => {
    const { draft } = await insertCompleteDraft(db.prisma, ids, now);
    const data = draft.data as Record<string, Record<string, unknown>>;
    const tampered = await db.prisma.draft.update({
      where: { id: draft.id },
      data: { data: { ...data, reporter: { ...data.reporter, reporterPhone: "19850312-1234" } } },
    });
    await expect(submitReport(db.prisma, tampered, now)).rejects.toMatchObject({ code: "DRAFT_INCOMPLETE" });
    expect(await db.prisma.report.count()).toBe(0);
  });
});

describe("the audit trail", () => {
  it("never holds report text, contact details or the partner's comment, over a report's whole life", async () => {
    const { draft, resumeCode } = await createDraft(db.prisma, { now, expiryDays: 90 });
    await findDraftByCode(db.prisma, resumeCode, now);
    const delEtt = await completeSteps(db.prisma, draft, ids, DEL_ETT, now);
    const { token } = await createPartnerLink(db.prisma, delEtt, {
      email: "part@region.example.se",
      now,
      validDays: 14,
    });
    const opened = await openPartnerLink(db.prisma, token, now);
    const comment = {
      organisation: "Vuxenpsykiatrin",
      role: "Enhetschef",
      comment: "Vi har utsett en ersättare för kallelser.",
    };
    await addPartnerComment(db.prisma, opened, comment, now);
    await expect(openPartnerLink(db.prisma, token, now)).rejects.toMatchObject({ code: "GONE" });
    const complete = await completeSteps(db.prisma, delEtt, ids, ["delTva"], now);
    const first = await submitNewReport(db.prisma, complete, now);
    const again = await submitReport(db.prisma, complete, now);
    expect(again.followUpCode).toBeNull();
    await followUp(first.followUpCode);
    await expect(followUp("FEL00-FEL00-FEL00-FEL00-FEL00-0")).rejects.toMatchObject({ code: "NOT_FOUND" });

    const rows = await db.prisma.auditLog.findMany({ orderBy: { createdAt: "asc" } });
    expect(new Set(rows.map((r) => r.action))).toEqual(
      new Set([
        "DRAFT_CREATED",
        "DEL_ETT_COMPLETED",
        "PARTNER_LINK_CREATED",
        "PARTNER_LINK_OPENED",
        "PARTNER_LINK_REFUSED",
        "PARTNER_COMMENT_ADDED",
        "REPORT_SUBMITTED",
        "REPORT_RESUBMIT_IGNORED",
        "FOLLOW_UP_VIEWED",
      ]),
    );
    const stored = JSON.stringify(rows);
    const reporter = validReporter(ids);
    const delTva = validDelTva();
    for (const secret of [
      REPORT_DESCRIPTION,
      REPORT_ACTIONS,
      reporter.reporterName,
      reporter.reporterEmail,
      reporter.reporterPhone,
      reporter.unit,
      delTva.measures[0]!.description,
      comment.comment,
      "part@region.example.se",
      resumeCode.replace(/-/g, ""),
      token.replace(/-/g, ""),
      first.followUpCode.replace(/-/g, ""),
    ]) {
      expect(stored).not.toContain(secret);
    }
    // Values are identifiers and references only.
    for (const row of rows) {
      for (const value of Object.values((row.data ?? {}) as Record<string, unknown>)) {
        expect(String(value)).toMatch(/^(BIS-\d{4}-\d{4,}|c[a-z0-9]{20,}|null)$/);
      }
    }
  });
});

describe("gap-free numbers under concurrency", () => {
  it("gives ten drafts submitted at once the distinct numbers 1 to 10", async () => {
    const drafts = [];
    for (let i = 0; i < 10; i++) drafts.push((await insertCompleteDraft(db.prisma, ids, now)).draft);

    const results = await Promise.all(drafts.map((draft) => submitReport(db.prisma, draft, now)));

    const sequences = (await db.prisma.report.findMany({ select: { sequence: true } })).map(
      (r) => r.sequence,
    );
    expect(sequences.sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(results.map((r) => r.reference)).size).toBe(10);
    expect(results.every((r) => !r.wasAlreadySubmitted)).toBe(true);
    expect(await db.prisma.referenceCounter.findUnique({ where: { year: 2026 } })).toEqual({
      year: 2026,
      last: 10,
    });
  });
});

describe("submitting the same draft twice", () => {
  it("creates one report when the same draft is sent again, with the same reference and no new code", async () => {
    const { draft } = await insertCompleteDraft(db.prisma, ids, now);
    const first = await submitNewReport(db.prisma, draft, now);
    // A retry with the copy of the draft the browser had before the first submit.
    const again = await submitReport(db.prisma, draft, now);

    expect(again).toMatchObject({
      reference: first.reference,
      reportId: first.reportId,
      wasAlreadySubmitted: true,
    });
    expect(again.followUpCode).toBeNull();
    expect(await db.prisma.report.count()).toBe(1);
    expect(await db.prisma.referenceCounter.findUnique({ where: { year: 2026 } })).toEqual({
      year: 2026,
      last: 1,
    });

    // The code from the first submit is still the one code to the report.
    await expect(followUp(first.followUpCode)).resolves.toMatchObject({ reference: first.reference });
    expect(await db.prisma.followUpCode.count()).toBe(1);
    expect(await db.prisma.auditLog.count({ where: { action: "REPORT_RESUBMIT_IGNORED" } })).toBe(1);
  });

  it("takes the fast path for a draft already known to be submitted, without touching the counter", async () => {
    const { draft } = await insertCompleteDraft(db.prisma, ids, now);
    const first = await submitDraft(db.prisma, draft, now);
    if (first.wasAlreadySubmitted) throw new Error("The first submit must create the report.");
    const again = await submitDraft(db.prisma, await reload(draft.id), now);

    expect(again).toMatchObject({
      reference: first.reference,
      wasAlreadySubmitted: true,
      followUpCode: null,
    });
    expect(await db.prisma.report.count()).toBe(1);
    expect(await db.prisma.referenceCounter.findUnique({ where: { year: 2026 } })).toEqual({
      year: 2026,
      last: 1,
    });
    await expect(followUp(first.followUpCode)).resolves.toMatchObject({ reference: first.reference });
  });

  it("lets the draft cookie left in the browser mint no new follow-up code after the submit", async () => {
    const { draft } = await insertCompleteDraft(db.prisma, ids, now);
    await submitDraft(db.prisma, draft, now);
    // Someone at the same computer a few minutes later, within the window where the receipt still opens.
    for (const minutes of [1, 5, RESUBMIT_WINDOW_MINUTES]) {
      const later = new Date(now.getTime() + minutes * 60_000);
      await expect(submitDraft(db.prisma, await reload(draft.id), later)).resolves.toMatchObject({
        wasAlreadySubmitted: true,
        followUpCode: null,
      });
    }
    expect(await db.prisma.followUpCode.count()).toBe(1);
    expect(await db.prisma.auditLog.count({ where: { action: "REPORT_RESUBMIT_IGNORED" } })).toBe(3);
  });

  it("refuses a repeat long after the submit, so a draft code can't be used to take over the case", async () => {
    const { draft } = await insertCompleteDraft(db.prisma, ids, now);
    await submitDraft(db.prisma, draft, now);
    const later = new Date(now.getTime() + (RESUBMIT_WINDOW_MINUTES + 1) * 60_000);
    await expect(submitDraft(db.prisma, await reload(draft.id), later)).rejects.toMatchObject({
      code: "ALREADY_SUBMITTED",
    });
    expect(await db.prisma.followUpCode.count()).toBe(1);
  });

  it("creates one report when the same draft is sent twice at the same moment", async () => {
    const { draft } = await insertCompleteDraft(db.prisma, ids, now);
    const results = await Promise.all([
      submitReport(db.prisma, draft, now),
      submitReport(db.prisma, draft, now),
    ]);

    expect(await db.prisma.report.count()).toBe(1);
    expect(new Set(results.map((r) => r.reference))).toEqual(new Set(["BIS-2026-0001"]));
    expect(results.filter((r) => r.wasAlreadySubmitted)).toHaveLength(1);
    expect(await db.prisma.referenceCounter.findUnique({ where: { year: 2026 } })).toEqual({
      year: 2026,
      last: 1,
    });

    // The tab that created the report got the one code, and it works; the other got the reference only.
    const created = results.find((r) => !r.wasAlreadySubmitted);
    await expect(followUp(created!.followUpCode!)).resolves.toMatchObject({ reference: "BIS-2026-0001" });
    expect(results.find((r) => r.wasAlreadySubmitted)?.followUpCode).toBeNull();
    expect(await db.prisma.followUpCode.count()).toBe(1);

    // The next report still gets the next number.
    const next = await insertCompleteDraft(db.prisma, ids, now);
    expect((await submitReport(db.prisma, next.draft, now)).reference).toBe("BIS-2026-0002");
  });
});

describe("a failed submit does not use up a number", () => {
  it("refuses a draft with only del ett and gives the next complete draft 0001", async () => {
    const { draft } = await createDraft(db.prisma, { now, expiryDays: 90 });
    const delEttOnly = await completeSteps(db.prisma, draft, ids, DEL_ETT, now);

    await expect(submitReport(db.prisma, delEttOnly, now)).rejects.toMatchObject({
      code: "DRAFT_INCOMPLETE",
    });
    expect(await db.prisma.report.count()).toBe(0);
    expect((await reload(draft.id)).submittedAt).toBeNull();

    const complete = await insertCompleteDraft(db.prisma, ids, now);
    expect((await submitReport(db.prisma, complete.draft, now)).reference).toBe("BIS-2026-0001");
  });

  it("refuses an expired draft", async () => {
    const { draft } = await insertCompleteDraft(db.prisma, ids, now, 1);
    const later = new Date(now.getTime() + 2 * 86_400_000);
    await expect(submitReport(db.prisma, draft, later)).rejects.toMatchObject({ code: "DRAFT_EXPIRED" });
    expect(await db.prisma.referenceCounter.count()).toBe(0);
  });

  it("refuses a draft whose organisation has been deactivated since it was chosen", async () => {
    const { draft } = await insertCompleteDraft(db.prisma, ids, now);
    await db.prisma.organisation.update({
      where: { id: ids.partnerOrganisationId },
      data: { isActive: false },
    });
    await expect(submitReport(db.prisma, draft, now)).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.prisma.referenceCounter.count()).toBe(0);
  });

  it("rolls the counter back when the insert fails inside the transaction", async () => {
    // A trigger stands in for any database failure after the number was taken.
    await db.prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION bis_test_fail_report() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'simulated failure'; END; $$ LANGUAGE plpgsql`);
    await db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER bis_test_fail_report BEFORE INSERT ON "Report" FOR EACH ROW EXECUTE FUNCTION bis_test_fail_report()`,
    );
    try {
      const { draft } = await insertCompleteDraft(db.prisma, ids, now);
      await expect(submitReport(db.prisma, draft, now)).rejects.toThrow(/simulated failure/);
      expect(await db.prisma.referenceCounter.count()).toBe(0);
      expect((await reload(draft.id)).submittedAt).toBeNull();
      expect(await db.prisma.auditLog.count({ where: { action: "REPORT_SUBMITTED" } })).toBe(0);
    } finally {
      await db.prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS bis_test_fail_report ON "Report"`);
      await db.prisma.$executeRawUnsafe(`DROP FUNCTION IF EXISTS bis_test_fail_report()`);
    }
    const { draft } = await insertCompleteDraft(db.prisma, ids, now);
    expect((await submitReport(db.prisma, draft, now)).reference).toBe("BIS-2026-0001");
  });
});

describe("after submission", () => {
  it("no longer opens the draft by its resume code, keeps none of its answers, and refuses changes to it", async () => {
    const { draft, resumeCode } = await insertCompleteDraft(db.prisma, ids, now);
    const { reportId } = await submitReport(db.prisma, draft, now);
    await expect(findDraftByCode(db.prisma, resumeCode, now)).rejects.toMatchObject({
      code: "ALREADY_SUBMITTED",
    });
    const stored = await findDraftByCode(db.prisma, resumeCode, now, { allowSubmitted: true });
    expect(stored).toMatchObject({ reportId, submittedAt: now, data: { completed: [] } });
    await expect(
      saveDraftStep(db.prisma, stored, "reporter", validReporter(ids), { complete: true, now }),
    ).rejects.toMatchObject({ code: "ALREADY_SUBMITTED" });
  });
});
