import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { saveRedaction } from "@/lib/anonymised-cases/save-redaction";
import type { Actor } from "@/lib/auth/assert-permission";
import { addCaseNote } from "@/lib/cases/add-case-note";
import { addReporterReply } from "@/lib/cases/add-reporter-reply";
import { assignCase } from "@/lib/cases/assign-case";
import { changeCaseStatusWithMessage } from "@/lib/cases/change-case-status-with-message";
import { classifyCase } from "@/lib/cases/classify-case";
import { escalateCase } from "@/lib/cases/escalate-case";
import { listCases } from "@/lib/cases/list-cases";
import { registerCase } from "@/lib/cases/register-case";
import { ZCaseFilters } from "@/lib/cases/schemas";
import { sendCaseMessage } from "@/lib/cases/send-case-message";
import { sendReminders } from "@/lib/cases/send-reminders";
import { viewCase } from "@/lib/cases/view-case";
import { AppError } from "@/lib/errors";
import { submitReport } from "@/lib/reports/submit-report";
import { createUser } from "@/lib/users/create-user";
import { createCompleteDraft, createReferenceData } from "../setup/db-helpers";
import type { ReferenceIds } from "../setup/fixtures";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
let ids: ReferenceIds;
let samordnare: Actor;
let arbetsgrupp: Actor;
let admin: Actor;

async function staff(prisma: PrismaClient, role: Actor["role"], email: string) {
  const user = await createUser(
    prisma,
    { name: `Test ${role}`, email, role, password: "ett-langt-losenord-1" },
    null,
  );
  return { id: user.id, role: user.role };
}

async function submittedCase(description?: string) {
  const { draft } = await createCompleteDraft(db.prisma, ids);
  if (description) {
    const data = draft.data as { description: { description: string; actionsTaken: string } };
    data.description.description = description;
    await db.prisma.draft.update({ where: { id: draft.id }, data: { data: data as object } });
  }
  const fresh = await db.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } });
  return submitReport(db.prisma, fresh, new Date());
}

beforeEach(async () => {
  ids = await createReferenceData(db.prisma);
  samordnare = await staff(db.prisma, "SAMORDNARE", "samordnare@example.se");
  arbetsgrupp = await staff(db.prisma, "ARBETSGRUPP", "arbetsgrupp@example.se");
  admin = await staff(db.prisma, "ADMIN", "admin@example.se");
});

async function auditActions(reportId: string) {
  return (await db.prisma.auditLog.findMany({ where: { reportId }, orderBy: { createdAt: "asc" } })).map(
    (a) => a.action,
  );
}

describe("case actions by role", () => {
  const actions = {
    view: (actor: Actor | null, reportId: string) => viewCase(db.prisma, actor as Actor, reportId),
    register: (actor: Actor | null, reportId: string) =>
      registerCase(db.prisma, actor as Actor, { reportId, diarienummer: "SOF 2026/17" }),
    assign: (actor: Actor | null, reportId: string) =>
      assignCase(db.prisma, actor as Actor, { reportId, assigneeId: samordnare.id }),
    note: (actor: Actor | null, reportId: string) =>
      addCaseNote(db.prisma, actor as Actor, { reportId, body: "Ringde enhetschefen." }),
    message: (actor: Actor | null, reportId: string) =>
      sendCaseMessage(db.prisma, actor as Actor, { reportId, body: "Tack, vi återkommer." }),
    escalate: (actor: Actor | null, reportId: string) =>
      escalateCase(db.prisma, actor as Actor, {
        reportId,
        level: "LOKAL",
        raisedOn: "2026-03-01",
        outcome: "",
      }),
    reject: (actor: Actor | null, reportId: string) =>
      changeCaseStatusWithMessage(db.prisma, actor as Actor, {
        reportId,
        to: "AVVISAD",
        reason: "Dubblett",
        message: "",
      }),
  };

  for (const [name, run] of Object.entries(actions)) {
    it(`lets a samordnare ${name} a case`, async () => {
      const { reportId } = await submittedCase();
      await expect(run(samordnare, reportId)).resolves.toBeDefined();
    });

    it(`refuses ${name} for the arbetsgrupp, an administrator and an anonymous caller, and records each refusal`, async () => {
      const { reportId } = await submittedCase();
      const before = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
      for (const actor of [arbetsgrupp, admin, null]) {
        await expect(run(actor, reportId)).rejects.toMatchObject({ code: "FORBIDDEN" });
      }
      const after = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
      expect(after).toEqual(before);
      const refusals = await db.prisma.auditLog.findMany({ where: { action: "ACCESS_REFUSED", reportId } });
      expect(refusals.map((r) => r.actorId).sort()).toEqual([admin.id, arbetsgrupp.id].sort());
      // The anonymous caller is counted with its other refusals, one audit row per window (decision 014).
      expect(await db.prisma.refusalCount.findMany({ select: { kind: true, count: true } })).toEqual([
        { kind: "staff_page", count: 1 },
      ]);
    });
  }
});

describe("case handling", () => {
  it("registers with a diarienummer, moving the case to REGISTRERAD with an audit row of old and new values", async () => {
    const { reportId } = await submittedCase();
    await registerCase(db.prisma, samordnare, { reportId, diarienummer: "SOF 2026/17" });
    const report = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report).toMatchObject({ status: "REGISTRERAD", diarienummer: "SOF 2026/17" });
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { reportId, action: "CASE_REGISTERED" },
    });
    expect(audit.data).toMatchObject({
      statusFrom: "INKOMMEN",
      statusTo: "REGISTRERAD",
      diarienummerTo: "SOF 2026/17",
    });
    expect(audit.actorId).toBe(samordnare.id);
  });

  it("refuses an illegal transition with a clear message and changes nothing", async () => {
    const { reportId } = await submittedCase();
    const error = await changeCaseStatusWithMessage(db.prisma, samordnare, {
      reportId,
      to: "AVSLUTAD",
      reason: "",
      message: "",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.message).toBe("Ett ärende med status inkommen kan inte bli avslutad.");
    expect((await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("INKOMMEN");
    expect(await auditActions(reportId)).not.toContain("CASE_STATUS_CHANGED");
  });

  it("writes no audit row when the change fails, and no change without its audit row", async () => {
    const { reportId } = await submittedCase();
    const error = await classifyCase(db.prisma, samordnare, {
      reportId,
      categoryIds: ["finns-inte"],
      areaIds: [ids.areaId],
    }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(await auditActions(reportId)).not.toContain("CASE_CLASSIFIED");
    const category = await db.prisma.category.create({
      data: { name: "kommunikation", year: new Date().getFullYear() },
    });
    await classifyCase(db.prisma, samordnare, {
      reportId,
      categoryIds: [category.id],
      areaIds: [ids.areaId],
    });
    expect(await db.prisma.reportCategory.count({ where: { reportId } })).toBe(1);
    expect(await auditActions(reportId)).toContain("CASE_CLASSIFIED");
  });

  it("refuses categories from another year", async () => {
    const { reportId } = await submittedCase();
    const old = await db.prisma.category.create({ data: { name: "rutiner", year: 2020 } });
    await expect(
      classifyCase(db.prisma, samordnare, { reportId, categoryIds: [old.id], areaIds: [ids.areaId] }),
    ).rejects.toMatchObject({ code: "INVALID" });
  });

  it("keeps internal notes out of what the reporter sees and puts återkoppling in the outbox without report text", async () => {
    const { reportId, reference } = await submittedCase();
    await addCaseNote(db.prisma, samordnare, { reportId, body: "Intern: kontakta chefen" });
    await sendCaseMessage(db.prisma, samordnare, {
      reportId,
      body: "Vi har tagit upp bristen med öppenvården.",
    });
    const messages = await db.prisma.message.findMany({ where: { reportId } });
    expect(messages.map((m) => m.body)).toEqual(["Vi har tagit upp bristen med öppenvården."]);
    const mail = await db.prisma.outboxMail.findFirstOrThrow({ where: { subject: { contains: reference } } });
    expect(mail.body).not.toContain("öppenvården");
    expect(mail.body).toContain("/uppfoljning");
  });

  it("records the reporter's reply and marks the case as changed for the coordinator", async () => {
    const { reportId } = await submittedCase();
    await viewCase(db.prisma, samordnare, reportId);
    let inbox = await listCases(db.prisma, samordnare, ZCaseFilters.parse({}));
    expect(inbox.cases.find((c) => c.id === reportId)?.seenState).toBeNull();
    await addReporterReply(
      db.prisma,
      { reportId, body: "Tack för återkopplingen." },
      new Date(Date.now() + 1000),
    );
    inbox = await listCases(db.prisma, samordnare, ZCaseFilters.parse({}));
    expect(inbox.cases.find((c) => c.id === reportId)?.seenState).toBe("ANDRAD");
    expect(await auditActions(reportId)).toContain("FOLLOW_UP_REPLY");
  });

  it("keeps new and changed per coordinator: opening marks it seen for that user only, another's change marks it changed", async () => {
    const { reportId } = await submittedCase();
    const other = await staff(db.prisma, "SAMORDNARE", "samordnare2@example.se");
    const marker = async (actor: Actor) =>
      (await listCases(db.prisma, actor, ZCaseFilters.parse({}))).cases.find((c) => c.id === reportId)
        ?.seenState;
    expect(await marker(samordnare)).toBe("NY");
    expect(await marker(other)).toBe("NY");

    await viewCase(db.prisma, samordnare, reportId);
    expect(await marker(samordnare)).toBeNull();
    expect(await marker(other)).toBe("NY");

    // The other coordinator's change: theirs counts as seen by them, new to the first one.
    await addCaseNote(db.prisma, other, { reportId, body: "Ringde enhetschefen." });
    expect(await marker(other)).toBeNull();
    expect(await marker(samordnare)).toBe("ANDRAD");
    const views = await db.prisma.caseView.findMany({ where: { reportId } });
    expect(views.map((v) => v.userId).sort()).toEqual([samordnare.id, other.id].sort());
  });

  it("audits every read of a case page", async () => {
    const { reportId } = await submittedCase();
    await viewCase(db.prisma, samordnare, reportId);
    await viewCase(db.prisma, samordnare, reportId, { isPrint: true });
    expect(await auditActions(reportId)).toEqual(expect.arrayContaining(["CASE_VIEWED", "CASE_PRINTED"]));
  });
});

describe("anonymisation", () => {
  async function caseReadyForAnonymisation() {
    const { reportId } = await submittedCase();
    await registerCase(db.prisma, samordnare, { reportId, diarienummer: "SOF 2026/9" });
    await changeCaseStatusWithMessage(db.prisma, samordnare, {
      reportId,
      to: "UNDER_HANDLAGGNING",
      reason: "",
      message: "",
    });
    await changeCaseStatusWithMessage(db.prisma, samordnare, {
      reportId,
      to: "ATERKOPPLAD",
      reason: "",
      message: "",
    });
    return reportId;
  }

  const redaction = (reportId: string, description: string, approve: boolean) => ({
    reportId,
    sections: [{ key: "description", text: description }],
    dismissedFindings: [],
    ageGroupWithheld: false,
    organisationWithheld: false,
    approve,
  });

  it("refuses to mark a case anonymised until its redaction is approved, then allows it", async () => {
    const reportId = await caseReadyForAnonymisation();
    const toAnonymised = () =>
      changeCaseStatusWithMessage(db.prisma, samordnare, {
        reportId,
        to: "AVIDENTIFIERAD",
        reason: "",
        message: "",
      });
    await expect(toAnonymised()).rejects.toMatchObject({ code: "INVALID" });
    const text =
      "En vuxen med psykossjukdom fick vänta på SIP eftersom ingen från öppenvården kom till mötet.";
    await saveRedaction(db.prisma, samordnare, redaction(reportId, text, false));
    await expect(toAnonymised()).rejects.toMatchObject({ code: "INVALID" });
    // The only coordinator: four eyes ("auto") is off, so saving can approve in the same step.
    await saveRedaction(db.prisma, samordnare, redaction(reportId, text, true));
    await toAnonymised();
    const report = await db.prisma.report.findUniqueOrThrow({
      where: { id: reportId },
      include: { anonymised: true },
    });
    expect(report.status).toBe("AVIDENTIFIERAD");
    expect(report.anonymised).toMatchObject({ state: "GODKAND", approvedById: samordnare.id });
    expect(JSON.stringify(report.anonymised?.sections)).toContain("En vuxen med psykossjukdom");
    const audit = await db.prisma.auditLog.findMany({
      where: { reportId, action: { startsWith: "ANONYMISED_" } },
    });
    expect(JSON.stringify(audit.map((a) => a.data))).not.toContain("psykossjukdom");
  });

  it("refuses to approve a text that still holds a personnummer or a name", async () => {
    const reportId = await caseReadyForAnonymisation();
    const text = "Patienten Karl Svensson 19850101-1234 fick vänta på SIP i flera veckor.";
    const error = await saveRedaction(db.prisma, samordnare, redaction(reportId, text, true)).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.message).toMatch(/kan inte godkännas: 2 fynd/);
    expect(await db.prisma.anonymisedCase.count({ where: { reportId } })).toBe(0);
  });

  it("refuses anonymisation for the arbetsgrupp", async () => {
    const reportId = await caseReadyForAnonymisation();
    const input = redaction(reportId, "En vuxen fick vänta på SIP i flera veckor utan plan.", false);
    await expect(saveRedaction(db.prisma, arbetsgrupp, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.prisma.anonymisedCase.count({ where: { reportId } })).toBe(0);
  });
});

describe("inbox filters and search", () => {
  it("finds cases by free text in the report, by status and by assignee, and counts per status", async () => {
    const sip = await submittedCase(
      "Kallelsen till SIP i Mina planer besvarades aldrig av kommunen trots två påminnelser.",
    );
    const svu = await submittedCase(
      "Utskrivning en fredag utan att boendestödet var informerat, patienten kom tillbaka.",
    );
    await registerCase(db.prisma, samordnare, { reportId: svu.reportId, diarienummer: "SOF 2026/2" });
    await assignCase(db.prisma, samordnare, { reportId: svu.reportId, assigneeId: samordnare.id });

    const bySearch = await listCases(db.prisma, samordnare, ZCaseFilters.parse({ sok: "mina planer" }));
    expect(bySearch.cases.map((c) => c.reference)).toEqual([sip.reference]);
    const byStatus = await listCases(db.prisma, samordnare, ZCaseFilters.parse({ status: "REGISTRERAD" }));
    expect(byStatus.cases.map((c) => c.reference)).toEqual([svu.reference]);
    const unassigned = await listCases(db.prisma, samordnare, ZCaseFilters.parse({ handlaggare: "ingen" }));
    expect(unassigned.cases.map((c) => c.reference)).toEqual([sip.reference]);
    const byDiarienummer = await listCases(db.prisma, samordnare, ZCaseFilters.parse({ sok: "SOF 2026/2" }));
    expect(byDiarienummer.cases.map((c) => c.reference)).toEqual([svu.reference]);
    expect(bySearch.countByStatus).toMatchObject({ INKOMMEN: 1, REGISTRERAD: 1 });
  });

  it("searches whole words in any inflection, measures, parts of words and references", async () => {
    const school = await submittedCase(
      "Skolan fick ingen kallelse till samordnad individuell plan trots att socialtjänsten lovat det.",
    );
    const hospital = await submittedCase(
      "Utskrivningen från sjukhuset skedde utan att hemtjänsten visste om det.",
    );
    const other = await submittedCase("Boendestödet informerades sent om flytten.");
    await db.prisma.measure.createMany({
      data: [
        {
          reportId: hospital.reportId,
          description: "Gemensam rutin för utskrivningsplanering tas fram.",
          responsibleParty: "Region",
        },
        {
          reportId: hospital.reportId,
          description: "Rutinen följs upp efter ett halvår.",
          responsibleParty: "Kommun",
        },
      ],
    });
    const search = async (sok: string, more: Record<string, string> = {}) =>
      (await listCases(db.prisma, samordnare, ZCaseFilters.parse({ sok, ...more }))).cases.map(
        (c) => c.reference,
      );

    // Several words, in another inflection than the text ("kallelser", "planer"), all of them required.
    expect(await search("Kallelser planer")).toEqual([school.reference]);
    expect(await search("skolan flytten")).toEqual([]);
    // Words in a measure; the report is listed once although both measures match.
    expect(await search("rutiner")).toEqual([hospital.reference]);
    // Parts of words, in the report and in a measure, whatever the case.
    expect(await search("Socialtj")).toEqual([school.reference]);
    expect(await search("skrivningsplan")).toEqual([hospital.reference]);
    // A reference, exactly or without its leading zeros, and a part of one.
    expect(await search(other.reference)).toEqual([other.reference]);
    expect(await search(other.reference.toLowerCase().replace(/-0+/, "-"))).toEqual([other.reference]);
    expect(await search(other.reference.slice(4))).toEqual([other.reference]);
    // Characters that mean something in a LIKE pattern are plain text.
    expect(await search("%")).toEqual([]);
    // Search and another filter together.
    await registerCase(db.prisma, samordnare, { reportId: school.reportId, diarienummer: "SOF 2026/9" });
    expect(await search("socialtjänsten", { status: "REGISTRERAD" })).toEqual([school.reference]);
    expect(await search("socialtjänsten", { status: "INKOMMEN" })).toEqual([]);
  });

  it("pages through the cases in the chosen order without repeating one", async () => {
    const references: string[] = [];
    for (let i = 0; i < 27; i += 1) references.push((await submittedCase()).reference);
    const page = async (sida: number, sortering: string) =>
      listCases(db.prisma, samordnare, ZCaseFilters.parse({ sida: String(sida), sortering }));
    const first = await page(1, "referens");
    const second = await page(2, "referens");
    expect(first.total).toBe(27);
    expect(first.pageCount).toBe(2);
    expect([...first.cases, ...second.cases].map((c) => c.reference)).toEqual(references);
    const newest = await page(1, "nyast");
    expect(newest.cases[0]!.reference).toBe(references[26]);
  });

  it("ignores malformed filters instead of failing", () => {
    expect(ZCaseFilters.parse({ status: "KONSTIG", sida: "-3", sortering: "x" })).toMatchObject({
      status: undefined,
      sida: 1,
      sortering: "nyast",
    });
  });
});

describe("reminders", () => {
  it("reminds once about a case without återkoppling after the period, then waits a week", async () => {
    const { reportId } = await submittedCase();
    const later = new Date(Date.now() + 31 * 86_400_000);
    expect(await sendReminders(db.prisma, later)).toBe(1);
    expect(await sendReminders(db.prisma, new Date(later.getTime() + 86_400_000))).toBe(0);
    expect(await auditActions(reportId)).toContain("REMINDER_SENT");
    expect(
      await db.prisma.outboxMail.count({ where: { subject: { startsWith: "Påminnelse" } } }),
    ).toBeGreaterThan(0);
  });
});
