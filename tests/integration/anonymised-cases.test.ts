import { beforeEach, describe, expect, it } from "vitest";
import { NO_OTHER_COORDINATOR, OWN_REDACTION } from "@/lib/anonymised-cases/approval-rules";
import { approveRedaction } from "@/lib/anonymised-cases/approve-redaction";
import { countAnonymisedByYear } from "@/lib/anonymised-cases/count-anonymised-by-year";
import { getAnonymisedCase } from "@/lib/anonymised-cases/get-anonymised-case";
import { listAnonymisedCases } from "@/lib/anonymised-cases/list-anonymised-cases";
import { saveRedaction } from "@/lib/anonymised-cases/save-redaction";
import type { TSaveRedaction } from "@/lib/anonymised-cases/schemas";
import type { Actor } from "@/lib/auth/assert-permission";
import { changeCaseStatusWithMessage } from "@/lib/cases/change-case-status-with-message";
import { registerCase } from "@/lib/cases/register-case";
import { NEEDS_APPROVED_REDACTION } from "@/lib/cases/status-transitions";
import { submitReport } from "@/lib/reports/submit-report";
import { updateFourEyesSettings } from "@/lib/settings/update-four-eyes-settings";
import { createUser } from "@/lib/users/create-user";
import { createReferenceData, insertCompleteDraft } from "../setup/db-helpers";
import type { ReferenceIds } from "../setup/fixtures";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
let ids: ReferenceIds;
let redactor: Actor;
let admin: Actor;

const IDENTIFYING = "Kalle Jonsson ringde 070-174 06 51 efter att ingen kom till SIP-mötet.";
const CLEAN = "[namn] ringde [telefon] efter att ingen kom till SIP-mötet.";

async function staff(role: Actor["role"], email: string): Promise<Actor> {
  const user = await createUser(
    db.prisma,
    { name: `Test ${email}`, email, role, password: "ett-langt-losenord-1" },
    null,
  );
  return { id: user.id, role: user.role };
}

const toStatus = (
  actor: Actor,
  reportId: string,
  to: "UNDER_HANDLAGGNING" | "ATERKOPPLAD" | "AVIDENTIFIERAD",
) => changeCaseStatusWithMessage(db.prisma, actor, { reportId, to, reason: "", message: "" });

/** A case at ATERKOPPLAD whose description names someone. */
async function answeredCase() {
  const { draft } = await insertCompleteDraft(db.prisma, ids);
  const { reportId } = await submitReport(db.prisma, draft, new Date());
  await db.prisma.report.update({ where: { id: reportId }, data: { description: IDENTIFYING } });
  await registerCase(db.prisma, redactor, { reportId, diarienummer: "SOF 2026/9" });
  await toStatus(redactor, reportId, "UNDER_HANDLAGGNING");
  await toStatus(redactor, reportId, "ATERKOPPLAD");
  return reportId;
}

function redaction(
  reportId: string,
  description: string,
  extra: Partial<TSaveRedaction> = {},
): TSaveRedaction {
  return {
    reportId,
    sections: [{ key: "description", text: description }],
    dismissedFindings: [],
    ageGroupWithheld: false,
    organisationWithheld: false,
    approve: false,
    ...extra,
  };
}

const record = (reportId: string) => db.prisma.anonymisedCase.findUniqueOrThrow({ where: { reportId } });

beforeEach(async () => {
  ids = await createReferenceData(db.prisma);
  redactor = await staff("SAMORDNARE", "samordnare@example.se");
  admin = await staff("ADMIN", "admin@example.se");
});

describe("four eyes", () => {
  it("refuses the redactor's own approval when there are two coordinators, and accepts the other's", async () => {
    const approver = await staff("SAMORDNARE", "kollega@example.se");
    const reportId = await answeredCase();
    const { version } = await saveRedaction(db.prisma, redactor, redaction(reportId, CLEAN));
    const own = await approveRedaction(db.prisma, redactor, { reportId, version }).catch((e) => e);
    expect(own).toMatchObject({ code: "FORBIDDEN", message: OWN_REDACTION });
    await expect(
      saveRedaction(db.prisma, redactor, redaction(reportId, CLEAN, { approve: true })),
    ).rejects.toMatchObject({ message: OWN_REDACTION });
    const latest = (await record(reportId)).redactedAt.toISOString();
    await approveRedaction(db.prisma, approver, { reportId, version: latest });
    expect(await record(reportId)).toMatchObject({
      state: "GODKAND",
      redactedById: redactor.id,
      approvedById: approver.id,
    });
  });

  it("refuses a lone coordinator with the setting on, with a message that says what to do", async () => {
    await updateFourEyesSettings(db.prisma, admin, { mode: "on" });
    const reportId = await answeredCase();
    const { version } = await saveRedaction(db.prisma, redactor, redaction(reportId, CLEAN));
    const error = await approveRedaction(db.prisma, redactor, { reportId, version }).catch((e) => e);
    expect(error).toMatchObject({ code: "FORBIDDEN", message: NO_OTHER_COORDINATOR });
    expect(error.message).toMatch(/ingen annan aktiv samordnare/);
    expect((await record(reportId)).state).toBe("UTKAST");
  });

  it("lets a lone coordinator approve their own save in one step by default, and anyone with the setting off", async () => {
    const reportId = await answeredCase();
    await saveRedaction(db.prisma, redactor, redaction(reportId, CLEAN, { approve: true }));
    expect(await record(reportId)).toMatchObject({ state: "GODKAND", approvedById: redactor.id });

    await staff("SAMORDNARE", "kollega@example.se");
    await updateFourEyesSettings(db.prisma, admin, { mode: "off" });
    const second = await answeredCase();
    const { version } = await saveRedaction(db.prisma, redactor, redaction(second, CLEAN));
    await approveRedaction(db.prisma, redactor, { reportId: second, version });
    expect((await record(second)).state).toBe("GODKAND");
  });

  it("refuses to approve a version other than the one read", async () => {
    const approver = await staff("SAMORDNARE", "kollega@example.se");
    const reportId = await answeredCase();
    const first = await saveRedaction(
      db.prisma,
      redactor,
      redaction(reportId, CLEAN),
      new Date(Date.now() - 1000),
    );
    await saveRedaction(db.prisma, redactor, redaction(reportId, `${CLEAN} Mer text.`));
    await expect(
      approveRedaction(db.prisma, approver, { reportId, version: first.version }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("the status AVIDENTIFIERAD", () => {
  it("is refused while a finding is unresolved and allowed once the approved record has none", async () => {
    const approver = await staff("SAMORDNARE", "kollega@example.se");
    const reportId = await answeredCase();
    const draft = await saveRedaction(db.prisma, redactor, redaction(reportId, IDENTIFYING));
    const refused = await approveRedaction(db.prisma, approver, { reportId, version: draft.version }).catch(
      (e) => e,
    );
    expect(refused.code).toBe("INVALID");
    expect(refused.message).toMatch(/kan inte godkännas: 2 fynd/);
    expect(refused.message).toContain("”Kalle Jonsson” (ett namn)");
    await expect(toStatus(approver, reportId, "AVIDENTIFIERAD")).rejects.toMatchObject({
      message: NEEDS_APPROVED_REDACTION,
    });

    // The name replaced, the phone number kept on purpose (dismissed): resolved either way.
    const kept = "[namn] ringde 070-174 06 51 efter att ingen kom till SIP-mötet.";
    const saved = await saveRedaction(
      db.prisma,
      redactor,
      redaction(reportId, kept, {
        dismissedFindings: [{ section: "description", kind: "telefon", text: "070-174 06 51" }],
      }),
    );
    await approveRedaction(db.prisma, approver, { reportId, version: saved.version });
    await toStatus(approver, reportId, "AVIDENTIFIERAD");
    expect((await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe(
      "AVIDENTIFIERAD",
    );
  });

  it("records both actors in the audit log, without any text", async () => {
    const approver = await staff("SAMORDNARE", "kollega@example.se");
    const reportId = await answeredCase();
    const { version } = await saveRedaction(db.prisma, redactor, redaction(reportId, CLEAN));
    await approveRedaction(db.prisma, approver, { reportId, version });
    const rows = await db.prisma.auditLog.findMany({
      where: { reportId, action: { in: ["ANONYMISED_CASE_SAVED", "ANONYMISED_CASE_APPROVED"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => [r.action, r.actorId])).toEqual([
      ["ANONYMISED_CASE_SAVED", redactor.id],
      ["ANONYMISED_CASE_APPROVED", approver.id],
    ]);
    expect(rows[1]!.data).toEqual({ redactedById: redactor.id, fourEyes: true });
    expect(JSON.stringify(rows.map((r) => r.data))).not.toMatch(/ringde|namn/);
  });

  it("sends a record saved after approval back for approval, out of the arbetsgrupp's view", async () => {
    const approver = await staff("SAMORDNARE", "kollega@example.se");
    const arbetsgrupp = await staff("ARBETSGRUPP", "arbetsgrupp@example.se");
    const reportId = await answeredCase();
    const { version } = await saveRedaction(db.prisma, redactor, redaction(reportId, CLEAN));
    await approveRedaction(db.prisma, approver, { reportId, version });
    await toStatus(approver, reportId, "AVIDENTIFIERAD");
    expect(await listAnonymisedCases(db.prisma, arbetsgrupp)).toHaveLength(1);

    await saveRedaction(db.prisma, redactor, redaction(reportId, `${CLEAN} En rättelse.`));
    expect((await record(reportId)).state).toBe("UTKAST");
    expect(await listAnonymisedCases(db.prisma, arbetsgrupp)).toEqual([]);
    await expect(getAnonymisedCase(db.prisma, arbetsgrupp, reportId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const saved = await db.prisma.auditLog.findFirstOrThrow({
      where: { reportId, action: "ANONYMISED_CASE_SAVED" },
      orderBy: { createdAt: "desc" },
    });
    expect(saved.data).toMatchObject({ state: "UTKAST", wasApproved: true, isRevision: true });
  });
});

describe("what the arbetsgrupp reads", () => {
  it("shows only approved records of anonymised cases, coarse and withheld as chosen, and audits each read", async () => {
    const approver = await staff("SAMORDNARE", "kollega@example.se");
    const arbetsgrupp = await staff("ARBETSGRUPP", "arbetsgrupp@example.se");
    const reportId = await answeredCase();
    const waiting = await answeredCase();
    await saveRedaction(db.prisma, redactor, redaction(waiting, CLEAN));
    const { version } = await saveRedaction(
      db.prisma,
      redactor,
      redaction(reportId, CLEAN, { ageGroupWithheld: true, organisationWithheld: true }),
    );
    await approveRedaction(db.prisma, approver, { reportId, version });
    // Approved, but the case is not yet AVIDENTIFIERAD.
    expect(await countAnonymisedByYear(db.prisma, arbetsgrupp)).toEqual([]);
    await toStatus(approver, reportId, "AVIDENTIFIERAD");

    const year = (await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } })).year;
    expect(await countAnonymisedByYear(db.prisma, arbetsgrupp)).toEqual([{ year, count: 1 }]);
    expect((await listAnonymisedCases(db.prisma, arbetsgrupp)).map((c) => c.id)).toEqual([reportId]);
    const brist = await getAnonymisedCase(db.prisma, arbetsgrupp, reportId);
    expect(brist).toMatchObject({
      month: "oktober 2025",
      ageGroup: null,
      ageGroupWithheld: true,
      organisation: null,
      organisationWithheld: true,
      reporterHuvudman: "Kommun",
      partnerHuvudman: ["Region"],
      sections: [{ key: "description", label: "Händelsen", text: CLEAN }],
    });
    const views = await db.prisma.auditLog.findMany({
      where: { reportId, action: "ANONYMISED_CASE_VIEWED" },
    });
    expect(views.map((v) => v.actorId)).toEqual([arbetsgrupp.id]);
    await expect(getAnonymisedCase(db.prisma, arbetsgrupp, waiting)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses an administrator, and the arbetsgrupp the coordinators' operations", async () => {
    const arbetsgrupp = await staff("ARBETSGRUPP", "arbetsgrupp@example.se");
    const reportId = await answeredCase();
    await expect(listAnonymisedCases(db.prisma, admin)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(countAnonymisedByYear(db.prisma, admin)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveRedaction(db.prisma, arbetsgrupp, redaction(reportId, CLEAN))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(approveRedaction(db.prisma, arbetsgrupp, { reportId, version: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses keys the case does not have, and a record without the event", async () => {
    const reportId = await answeredCase();
    const unknown = {
      ...redaction(reportId, CLEAN),
      sections: [
        { key: "description", text: CLEAN },
        { key: "reporterEmail", text: "x" },
      ],
    };
    await expect(saveRedaction(db.prisma, redactor, unknown)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      saveRedaction(db.prisma, redactor, {
        ...redaction(reportId, CLEAN),
        sections: [{ key: "actionsTaken", text: "Nytt möte." }],
      }),
    ).rejects.toMatchObject({ message: "Händelsen behöver finnas med i den avidentifierade versionen." });
  });
});
