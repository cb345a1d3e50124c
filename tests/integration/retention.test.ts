import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Report } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/assert-permission";
import { hashPassword } from "@/lib/auth/passwords";
import { addCaseNote } from "@/lib/cases/add-case-note";
import { changeCaseStatusWithMessage } from "@/lib/cases/change-case-status-with-message";
import { escalateCase } from "@/lib/cases/escalate-case";
import { sendCaseMessage } from "@/lib/cases/send-case-message";
import { draftExpiresAt } from "@/lib/reports/draft-expiry";
import { submitReport } from "@/lib/reports/submit-report";
import { exportErasureLog } from "@/lib/retention/export-erasure-log";
import { getRetentionOverview } from "@/lib/retention/get-retention-overview";
import { liftLegalHold, NO_LEGAL_HOLD } from "@/lib/retention/lift-legal-hold";
import { listUpcomingErasures } from "@/lib/retention/list-upcoming-erasures";
import { claimDailyRun, runScheduledRetention } from "@/lib/retention/retention-schedule";
import { ERASED_TEXT, runRetention, runRetentionNow } from "@/lib/retention/run-retention";
import { ZLiftLegalHold, ZSetLegalHold } from "@/lib/retention/schemas";
import { setLegalHold } from "@/lib/retention/set-legal-hold";
import { RETENTION_SETTINGS_KEY } from "@/lib/settings/retention-settings";
import { createReferenceData, createStaff, insertCompleteDraft } from "../setup/db-helpers";
import type { ReferenceIds } from "../setup/fixtures";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const DAY_MS = 86_400_000;
const now = new Date("2026-06-15T03:00:00Z");
/** Closed a day more than two years (the default period) before `now`. */
const longAgo = new Date("2024-06-14T03:00:00Z");

// argon2id costs ~100 ms a hash: the accounts share one, made once for the file.
let passwordHash: string;
let ids: ReferenceIds;
let samordnare: Actor;
let admin: Actor;
let arbetsgrupp: Actor;

const staff = (role: Role, email: string) =>
  createStaff(db.prisma, role, email, { name: `Test ${role}`, passwordHash });

beforeAll(async () => {
  passwordHash = await hashPassword("ett-langt-losenord-1");
});

beforeEach(async () => {
  ids = await createReferenceData(db.prisma);
  samordnare = await staff("SAMORDNARE", "samordnare@example.se");
  admin = await staff("ADMIN", "admin@example.se");
  arbetsgrupp = await staff("ARBETSGRUPP", "arbetsgrupp@example.se");
});

/** The texts a case picks up on its way, each unique so a leak into the audit log can be searched for. */
const TEXTS = {
  chefComment: "Chefen tyckte att vi skulle ringa överläkaren direkt.",
  noDialogueReason: "Dialogen hölls aldrig eftersom parten inte svarade.",
  escalationComment: "Lyfts till den lokala gruppen på grund av upprepning.",
  partnerComment: "Vi på öppenvården känner igen händelsen och beklagar den.",
  partnerCommentOrganisation: "Öppenvården Nordost",
  statusReason: "Avslutas efter återkoppling och avidentifiering.",
  message: "Tack för rapporten, vi har pratat med verksamhetschefen.",
  note: "Intern: samma mönster som i förra kvartalets brister.",
  outcome: "Samverkansgruppen beslutade om en gemensam rutin för kallelser.",
  otherPartner: "Privata boendet Solrosen",
  anonymised: "En SIP hölls inte eftersom en part uteblev.",
};

/**
 * A submitted case with every free text filled in, a message, a note, an escalation with an outcome, a partner
 * named in free text, an approved anonymised record and mail to the reporter, then closed at `closedAt`.
 */
async function closedCase(closedAt: Date | null = longAgo) {
  const { draft } = await insertCompleteDraft(db.prisma, ids, new Date(now.getTime() - 900 * DAY_MS));
  const submitted = await submitReport(db.prisma, draft, new Date(now.getTime() - 900 * DAY_MS));
  const { reportId, reference } = submitted;
  await db.prisma.report.update({
    where: { id: reportId },
    data: {
      chefComment: TEXTS.chefComment,
      noDialogueReason: TEXTS.noDialogueReason,
      escalationComment: TEXTS.escalationComment,
      partnerComment: TEXTS.partnerComment,
      partnerCommentOrganisation: TEXTS.partnerCommentOrganisation,
      diarienummer: "SOF 2024/17",
      partners: { create: { otherName: TEXTS.otherPartner } },
    },
  });
  await sendCaseMessage(db.prisma, samordnare, { reportId, body: TEXTS.message });
  await addCaseNote(db.prisma, samordnare, { reportId, body: TEXTS.note });
  await escalateCase(db.prisma, samordnare, {
    reportId,
    level: "LOKAL",
    raisedOn: "2024-05-02",
    outcome: TEXTS.outcome,
  });
  await db.prisma.anonymisedCase.create({
    data: {
      reportId,
      year: 2024,
      sections: [{ key: "description", label: "Händelsen", text: TEXTS.anonymised }],
      partnerOrganisationIds: [ids.partnerOrganisationId],
      state: "GODKAND",
      redactedById: samordnare.id,
      redactedAt: longAgo,
      approvedById: samordnare.id,
      approvedAt: longAgo,
    },
  });
  const report = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
  await db.prisma.outboxMail.createMany({
    data: [
      { to: report.reporterEmail, subject: `Kvitto: din rapport ${reference} har kommit in`, body: "Tack!" },
      { to: "samordnare@example.se", subject: `Ny brist: ${reference}`, body: "Öppna ärendet." },
    ],
  });
  if (closedAt) {
    await db.prisma.report.update({
      where: { id: reportId },
      data: { status: "AVSLUTAD", statusReason: TEXTS.statusReason, closedAt },
    });
  }
  return { reportId, reference };
}

const reportOf = (reportId: string) =>
  db.prisma.report.findUniqueOrThrow({
    where: { id: reportId },
    include: { measures: true, partners: true, escalations: true, anonymised: true },
  });

const auditRows = (action: string) =>
  db.prisma.auditLog.findMany({ where: { action }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

describe("gallring erases a closed case's original text and contact details", () => {
  it("erases exactly the free texts and contact details, column by column, and keeps everything else", async () => {
    const { reportId, reference } = await closedCase();
    const before = await reportOf(reportId);
    const auditBefore = await db.prisma.auditLog.findMany({ where: { reportId } });
    expect(before.measures.length).toBeGreaterThan(0);
    expect(before.participants).not.toEqual([]);

    const summary = await runRetention(db.prisma, { trigger: "script", now });
    expect(summary.erased).toEqual([reference]);

    const after = await reportOf(reportId);
    const { measures, partners, escalations, anonymised, ...row } = after;
    const {
      measures: measuresBefore,
      partners: partnersBefore,
      escalations: escalationsBefore,
      anonymised: anonymisedBefore,
      ...rowBefore
    } = before;
    const erased: Partial<Report> = {
      reporterName: ERASED_TEXT,
      reporterEmail: ERASED_TEXT,
      reporterPhone: null,
      unit: ERASED_TEXT,
      reporterRole: ERASED_TEXT,
      chefComment: null,
      description: ERASED_TEXT,
      actionsTaken: ERASED_TEXT,
      noDialogueReason: null,
      participants: [],
      escalationComment: null,
      partnerComment: null,
      partnerCommentOrganisation: null,
      statusReason: null,
      erasedAt: now,
      // The inbox's search column follows the text: nothing erased can be found by searching.
      searchText: row.searchText,
    };
    // Every other column is as it was: reference, year, status, dates, structured fields, the registry number.
    expect(row).toEqual({ ...rowBefore, ...erased, updatedAt: row.updatedAt });
    expect(row.searchText).not.toContain(before.description.toLowerCase());
    expect(row.searchText).toContain(ERASED_TEXT.toLowerCase());
    expect(row).toMatchObject({
      reference,
      status: "AVSLUTAD",
      closedAt: longAgo,
      diarienummer: "SOF 2024/17",
      organisationId: ids.organisationId,
    });

    expect(measures).toEqual(
      measuresBefore.map((m) => ({
        ...m,
        description: ERASED_TEXT,
        responsibleParty: ERASED_TEXT,
        searchText: ERASED_TEXT.toLowerCase(),
      })),
    );
    expect(partners).toEqual(
      partnersBefore.map((p) => ({ ...p, otherName: p.otherName === null ? null : ERASED_TEXT })),
    );
    expect(partners.some((p) => p.organisationId === ids.partnerOrganisationId)).toBe(true);
    expect(escalations).toEqual(escalationsBefore.map((e) => ({ ...e, outcome: null })));
    expect(anonymised).toEqual(anonymisedBefore);
    expect(anonymised?.sections).toEqual([
      { key: "description", label: "Händelsen", text: TEXTS.anonymised },
    ]);

    const areas = await db.prisma.reportArea.findMany({ where: { reportId } });
    expect(areas.map((a) => a.areaId)).toEqual([ids.areaId]);
    expect(await db.prisma.message.count({ where: { reportId } })).toBe(0);
    expect(await db.prisma.note.count({ where: { reportId } })).toBe(0);
    expect(await db.prisma.followUpCode.count({ where: { reportId } })).toBe(0);
    expect(await db.prisma.draft.count({ where: { reportId } })).toBe(0);
    // The reporter's mail about the case goes; the coordinators' notice (a role mailbox and a reference) stays.
    expect((await db.prisma.outboxMail.findMany()).map((m) => m.to)).toEqual(["samordnare@example.se"]);

    // The audit log keeps every row it had, and gains the erasure.
    const auditAfter = await db.prisma.auditLog.findMany({ where: { reportId } });
    expect(auditAfter.map((a) => a.id)).toEqual(expect.arrayContaining(auditBefore.map((a) => a.id)));
    expect(auditAfter.map((a) => a.action)).toContain("CASE_ERASED");
  });

  it("writes one CASE_ERASED row per case with only the reference and the closing time, and a run row of counts", async () => {
    const first = await closedCase();
    const second = await closedCase(new Date(longAgo.getTime() - 40 * DAY_MS));
    await runRetention(db.prisma, { trigger: "schedule", now });

    const rows = await auditRows("CASE_ERASED");
    expect(rows.map((r) => [r.reportId, r.data])).toEqual([
      [
        second.reportId,
        { reference: second.reference, closedAt: new Date(longAgo.getTime() - 40 * DAY_MS).toISOString() },
      ],
      [first.reportId, { reference: first.reference, closedAt: longAgo.toISOString() }],
    ]);
    expect(rows.every((r) => r.actorId === null && r.actorLabel === "System")).toBe(true);

    const [run] = await auditRows("RETENTION_RUN");
    expect(run!.data).toEqual({
      trigger: "schedule",
      years: 2,
      erased: 2,
      held: 0,
      failed: 0,
      followUpCodes: 2,
      // The drafts they were submitted from, long expired.
      drafts: 2,
      // Per case the receipt and the notice of the message.
      outboxMails: 4,
    });

    // No text of the case reached any audit row.
    const everything = JSON.stringify((await db.prisma.auditLog.findMany()).map((r) => r.data));
    for (const text of [
      ...Object.values(TEXTS),
      "Testa Rapportör",
      "rapportor@example.se",
      "070-174 06 50",
    ]) {
      expect(everything).not.toContain(text);
    }
  });

  it("erases nothing again on a second run, nor when two runs meet", async () => {
    const { reportId } = await closedCase();
    await closedCase(new Date(longAgo.getTime() - DAY_MS));
    const [a, b] = await Promise.all([
      runRetention(db.prisma, { trigger: "schedule", now }),
      runRetentionNow(db.prisma, admin, now),
    ]);
    expect(a.erased.length + b.erased.length).toBe(2);
    const erasedAt = (await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } })).erasedAt;

    const again = await runRetention(db.prisma, { trigger: "script", now: new Date(now.getTime() + DAY_MS) });
    expect(again.erased).toEqual([]);
    expect(await auditRows("CASE_ERASED")).toHaveLength(2);
    expect(await auditRows("RETENTION_RUN")).toHaveLength(3);
    expect((await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } })).erasedAt).toEqual(
      erasedAt,
    );
  });

  it("leaves cases alone before their period ends, open cases and rejected ones", async () => {
    const recent = await closedCase(new Date(now.getTime() - 2 * 365 * DAY_MS + 2 * DAY_MS));
    const open = await closedCase(null);
    const rejected = await closedCase(null);
    await db.prisma.report.update({ where: { id: rejected.reportId }, data: { status: "AVVISAD" } });
    const summary = await runRetention(db.prisma, { trigger: "script", now });
    expect(summary.erased).toEqual([]);
    for (const { reportId } of [recent, open, rejected]) {
      const report = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
      expect(report.erasedAt).toBeNull();
      expect(report.description).not.toBe(ERASED_TEXT);
      expect(await db.prisma.note.count({ where: { reportId } })).toBe(1);
      expect(await db.prisma.followUpCode.count({ where: { reportId } })).toBe(1);
    }
  });

  it("follows the administrator's period", async () => {
    const { reportId } = await closedCase();
    await db.prisma.setting.create({
      data: { key: RETENTION_SETTINGS_KEY, value: { caseRetentionYears: 3 } },
    });
    expect((await runRetention(db.prisma, { trigger: "script", now })).erased).toEqual([]);
    const later = new Date("2027-06-14T03:00:00Z");
    expect((await runRetention(db.prisma, { trigger: "script", now: later })).erased).toHaveLength(1);
    expect((await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } })).erasedAt).toEqual(later);
  });

  it("deletes expired drafts with their partner links, and outbox mail older than the period", async () => {
    const { draft } = await insertCompleteDraft(db.prisma, ids, new Date(now.getTime() - 100 * DAY_MS), 90);
    await db.prisma.partnerLink.create({
      data: { draftId: draft.id, tokenHash: "x".repeat(64), email: "part@example.se", expiresAt: now },
    });
    const { draft: live } = await insertCompleteDraft(db.prisma, ids, now, 90);
    await db.prisma.outboxMail.createMany({
      data: [
        { to: "part@example.se", subject: "Gammalt", body: "…", createdAt: new Date("2024-06-01T00:00:00Z") },
        { to: "part@example.se", subject: "Nytt", body: "…", createdAt: new Date("2026-01-01T00:00:00Z") },
      ],
    });
    const summary = await runRetention(db.prisma, { trigger: "script", now });
    expect(summary).toMatchObject({ drafts: 1, outboxMails: 1 });
    expect((await db.prisma.draft.findMany()).map((d) => d.id)).toEqual([live.id]);
    expect(await db.prisma.partnerLink.count()).toBe(0);
    expect((await db.prisma.outboxMail.findMany()).map((m) => m.subject)).toEqual(["Nytt"]);
    expect(draftExpiresAt(now, 90).getTime()).toBeGreaterThan(now.getTime());
  });

  it("refuses any further change to an erased case", async () => {
    const { reportId } = await closedCase();
    await runRetention(db.prisma, { trigger: "script", now });
    await expect(addCaseNote(db.prisma, samordnare, { reportId, body: "Ny text" })).rejects.toMatchObject({
      code: "GONE",
    });
    await expect(
      setLegalHold(db.prisma, samordnare, { reportId, reason: "Tillsyn från IVO" }),
    ).rejects.toMatchObject({ code: "GONE" });
    await expect(
      changeCaseStatusWithMessage(db.prisma, samordnare, {
        reportId,
        from: "AVSLUTAD",
        to: "AVIDENTIFIERAD",
        reason: "Öppnas igen",
        message: "",
      }),
    ).rejects.toMatchObject({ code: "GONE" });
  });
});

describe("closing and reopening", () => {
  it("sets closedAt when a case is closed and clears it when it is reopened", async () => {
    const { reportId } = await closedCase(null);
    await db.prisma.report.update({ where: { id: reportId }, data: { status: "AVIDENTIFIERAD" } });
    const before = Date.now();
    await changeCaseStatusWithMessage(db.prisma, samordnare, {
      reportId,
      from: "AVIDENTIFIERAD",
      to: "AVSLUTAD",
      reason: "",
      message: "",
    });
    const closed = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(closed.closedAt!.getTime()).toBeGreaterThanOrEqual(before);
    await changeCaseStatusWithMessage(db.prisma, samordnare, {
      reportId,
      from: "AVSLUTAD",
      to: "AVIDENTIFIERAD",
      reason: "Rapportören har hört av sig igen",
      message: "",
    });
    expect((await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } })).closedAt).toBeNull();
  });
});

describe("legal hold", () => {
  it("keeps a held case past its period, and ends the reporter's follow-up codes", async () => {
    const { reportId } = await closedCase();
    await setLegalHold(db.prisma, samordnare, { reportId, reason: "Pågående tillsyn från IVO" }, now);
    const summary = await runRetention(db.prisma, { trigger: "script", now });
    expect(summary).toMatchObject({ erased: [], held: 1, followUpCodes: 1 });
    const report = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report).toMatchObject({
      erasedAt: null,
      legalHoldReason: "Pågående tillsyn från IVO",
      legalHoldAt: now,
      legalHoldById: samordnare.id,
    });
    expect(report.description).not.toBe(ERASED_TEXT);
    expect(await db.prisma.note.count({ where: { reportId } })).toBe(1);
    expect(await db.prisma.followUpCode.count({ where: { reportId } })).toBe(0);
    expect(await auditRows("CASE_ERASED")).toHaveLength(0);
  });

  it("is set with a reason, changed and lifted with a reason, each audited without the text", async () => {
    const { reportId } = await closedCase();
    expect(ZSetLegalHold.safeParse({ reportId, reason: "  " }).success).toBe(false);
    expect(ZLiftLegalHold.safeParse({ reportId, reason: "" }).success).toBe(false);

    await expect(
      liftLegalHold(db.prisma, samordnare, { reportId, reason: "Tillsynen är klar" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: NO_LEGAL_HOLD });

    await setLegalHold(db.prisma, samordnare, { reportId, reason: "Begäran om utlämnande" }, now);
    const later = new Date(now.getTime() + DAY_MS);
    await expect(
      setLegalHold(db.prisma, samordnare, { reportId, reason: "Begäran om utlämnande och tillsyn" }, later),
    ).resolves.toEqual({ isChange: true });
    expect(await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
      legalHoldReason: "Begäran om utlämnande och tillsyn",
      legalHoldAt: now,
    });

    const note = await liftLegalHold(db.prisma, samordnare, {
      reportId,
      reason: "Handlingarna är utlämnade",
    });
    expect(note.body).toContain("Begäran om utlämnande och tillsyn");
    expect(note.body).toContain("Handlingarna är utlämnade");
    expect(await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
      legalHoldReason: null,
      legalHoldAt: null,
      legalHoldById: null,
    });
    expect((await auditRows("LEGAL_HOLD_SET")).map((r) => r.data)).toEqual([
      { isChange: false },
      { isChange: true },
    ]);
    expect((await auditRows("LEGAL_HOLD_LIFTED")).map((r) => [r.actorId, r.data])).toEqual([
      [samordnare.id, { noteId: note.id }],
    ]);

    // Lifted, the case is due again: the next run erases it, the note with the reasons too.
    expect((await runRetention(db.prisma, { trigger: "script", now: later })).erased).toHaveLength(1);
    expect(await db.prisma.note.count({ where: { reportId } })).toBe(0);
  });

  it("cannot be set or lifted by the arbetsgrupp or an administrator, and the refusal is audited", async () => {
    const { reportId } = await closedCase();
    for (const actor of [arbetsgrupp, admin]) {
      await expect(
        setLegalHold(db.prisma, actor, { reportId, reason: "Pågående tillsyn" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await setLegalHold(db.prisma, samordnare, { reportId, reason: "Pågående tillsyn" });
    for (const actor of [arbetsgrupp, admin]) {
      await expect(liftLegalHold(db.prisma, actor, { reportId, reason: "Klar nu" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    const refused = await auditRows("ACCESS_REFUSED");
    expect(refused.map((r) => [r.actorId, r.reportId, r.data])).toEqual([
      [arbetsgrupp.id, reportId, { permission: "case:write" }],
      [admin.id, reportId, { permission: "case:write" }],
      [arbetsgrupp.id, reportId, { permission: "case:write" }],
      [admin.id, reportId, { permission: "case:write" }],
    ]);
    expect(await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
      legalHoldReason: "Pågående tillsyn",
      legalHoldById: samordnare.id,
    });
  });
});

describe("who may run gallring and read its results", () => {
  it("lets an administrator run it now, recorded as the actor; a coordinator or the arbetsgrupp may not", async () => {
    const { reportId, reference } = await closedCase();
    for (const actor of [samordnare, arbetsgrupp]) {
      await expect(runRetentionNow(db.prisma, actor, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(runRetentionNow(db.prisma, null, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } })).erasedAt).toBeNull();
    expect((await auditRows("ACCESS_REFUSED")).map((r) => r.data)).toEqual([
      { permission: "admin:manage" },
      { permission: "admin:manage" },
    ]);
    // The anonymous caller is counted per window instead (decision 014).
    expect(await db.prisma.refusalCount.findMany({ select: { kind: true, count: true } })).toEqual([
      { kind: "staff_page", count: 1 },
    ]);

    const summary = await runRetentionNow(db.prisma, admin, now);
    expect(summary.erased).toEqual([reference]);
    const [erased] = await auditRows("CASE_ERASED");
    expect(erased).toMatchObject({ actorId: admin.id, reportId });
    const [run] = await auditRows("RETENTION_RUN");
    expect(run).toMatchObject({ actorId: admin.id, data: { trigger: "manual", erased: 1 } });

    const overview = await getRetentionOverview(db.prisma, admin, now);
    expect(overview).toMatchObject({ years: 2, dueNow: 0, erasedTotal: 1 });
    expect(overview.runs).toMatchObject([{ trigger: "manual", erased: 1, by: "Test ADMIN" }]);
    await expect(getRetentionOverview(db.prisma, samordnare, now)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("exports the gallringslogg as CSV listing every erasure, and audits the export", async () => {
    const first = await closedCase();
    const second = await closedCase(new Date(longAgo.getTime() - DAY_MS));
    await runRetention(db.prisma, { trigger: "schedule", now });

    const { csv, rows } = await exportErasureLog(db.prisma, admin);
    expect(rows).toBe(2);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Gallrad (svensk tid);Ärende;Avslutat (svensk tid);Utförd av;Roll;Användar-id");
    // When it was erased is the audit row's own time; when it was closed is Swedish time (summer: UTC+2).
    const time = String.raw`\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}`;
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(new RegExp(`^${time};${second.reference};2024-06-13 05:00:00;System;;$`)),
      expect.stringMatching(new RegExp(`^${time};${first.reference};2024-06-14 05:00:00;System;;$`)),
    ]);
    for (const text of Object.values(TEXTS)) expect(csv).not.toContain(text);

    const exported = await auditRows("AUDIT_EXPORTED");
    expect(exported.map((r) => [r.actorId, r.data])).toEqual([
      [admin.id, { rows: 2, action: "CASE_ERASED", userId: null, reference: null, from: null, to: null }],
    ]);

    for (const actor of [samordnare, arbetsgrupp]) {
      await expect(exportErasureLog(db.prisma, actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await auditRows("AUDIT_EXPORTED")).toHaveLength(1);
  });
});

describe("what the coordinators see coming", () => {
  it("lists the cases erased within 30 days, those already due, and the held ones", async () => {
    const due = await closedCase();
    const soon = await closedCase(new Date(longAgo.getTime() + 20 * DAY_MS));
    await closedCase(new Date(longAgo.getTime() + 40 * DAY_MS));
    const held = await closedCase(new Date(longAgo.getTime() - 100 * DAY_MS));
    const openHeld = await closedCase(null);
    await setLegalHold(db.prisma, samordnare, { reportId: held.reportId, reason: "Rättsligt förfarande" });
    await setLegalHold(db.prisma, samordnare, { reportId: openHeld.reportId, reason: "Tillsyn" });

    const list = await listUpcomingErasures(db.prisma, samordnare, now);
    expect(list.upcoming.map((c) => [c.reference, c.isDue])).toEqual([
      [due.reference, true],
      [soon.reference, false],
    ]);
    expect(list.upcoming[1]!.erasureDate).toEqual(new Date("2026-07-04T03:00:00Z"));
    expect(list.held.map((c) => [c.reference, c.reason, c.isRetentionOver])).toEqual([
      [held.reference, "Rättsligt förfarande", true],
      [openHeld.reference, "Tillsyn", false],
    ]);
    for (const actor of [admin, arbetsgrupp]) {
      await expect(listUpcomingErasures(db.prisma, actor, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }

    const overview = await getRetentionOverview(db.prisma, admin, now);
    expect(overview).toMatchObject({ dueNow: 1, upcoming: 1, held: 1, erasedTotal: 0 });
  });
});

describe("the daily run in the app", () => {
  it("runs once a day whatever the number of instances", async () => {
    await closedCase();
    const claims = await Promise.all([claimDailyRun(db.prisma, now), claimDailyRun(db.prisma, now)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimDailyRun(db.prisma, new Date(now.getTime() + 60 * 60_000))).toBe(false);

    const tomorrow = new Date(now.getTime() + DAY_MS);
    const [a, b] = await Promise.all([
      runScheduledRetention(db.prisma, tomorrow),
      runScheduledRetention(db.prisma, tomorrow),
    ]);
    expect([a, b].filter((run) => run !== null)).toHaveLength(1);
    expect((a ?? b)!.erased).toHaveLength(1);
    expect(await auditRows("RETENTION_RUN")).toHaveLength(1);
  });
});
