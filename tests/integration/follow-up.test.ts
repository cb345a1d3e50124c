import { beforeEach, describe, expect, it } from "vitest";
import { STATUS_LABELS } from "@/lib/cases/status-transitions";
import { findReportForFollowUp } from "@/lib/reports/follow-up";
import { createReferenceData, createStaff, insertCompleteDraft, submitNewReport } from "../setup/db-helpers";
import type { ReferenceIds } from "../setup/fixtures";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const now = new Date("2026-03-02T09:00:00Z");
const MAX_ATTEMPTS = 3;
const WINDOW_MINUTES = 15;
const WRONG_CODE = "ABCDE-FGHJK-MNPQR-STVWX-YZ012-3";
let ids: ReferenceIds;

beforeEach(async () => {
  ids = await createReferenceData(db.prisma);
});

function lookUp(code: string, options: { clientKey?: string; at?: Date } = {}) {
  return findReportForFollowUp(db.prisma, code, {
    clientKey: options.clientKey ?? "203.0.113.7",
    now: options.at ?? now,
    maxAttempts: MAX_ATTEMPTS,
    windowMinutes: WINDOW_MINUTES,
  });
}

async function submitted() {
  const { draft } = await insertCompleteDraft(db.prisma, ids, now);
  return submitNewReport(db.prisma, draft, now);
}

describe("following up a report", () => {
  it("shows the status and reference for the right code", async () => {
    const { followUpCode, reportId } = await submitted();
    const report = await lookUp(followUpCode);
    expect(report).toMatchObject({
      id: reportId,
      reference: "BIS-2026-0001",
      status: "INKOMMEN",
      messages: [],
    });
    expect(STATUS_LABELS[report.status]).toBe("Inkommen");
    expect(await db.prisma.auditLog.count({ where: { action: "FOLLOW_UP_VIEWED", reportId } })).toBe(1);
  });

  it("accepts the code typed in lower case with spaces", async () => {
    const { followUpCode } = await submitted();
    await expect(lookUp(followUpCode.toLowerCase().replace(/-/g, " "))).resolves.toMatchObject({
      reference: "BIS-2026-0001",
    });
  });

  it("shows the coordinators' återkoppling but not internal notes or the report text", async () => {
    const { followUpCode, reportId } = await submitted();
    const user = await createStaff(db.prisma, "SAMORDNARE", "samordnare@example.se", { name: "Samordnare" });
    await db.prisma.message.create({
      data: { reportId, fromReporter: false, authorId: user.id, body: "Vi har tagit emot rapporten." },
    });
    await db.prisma.note.create({ data: { reportId, authorId: user.id, body: "Intern anteckning" } });

    const report = await lookUp(followUpCode);
    expect(report.messages.map((m) => m.body)).toEqual(["Vi har tagit emot rapporten."]);
    expect(JSON.stringify(report)).not.toContain("Intern anteckning");
    expect(Object.keys(report).sort()).toEqual([
      "id",
      "messages",
      "reference",
      "status",
      "submittedAt",
      "updatedAt",
    ]);
  });

  it("refuses a wrong code and counts the failure", async () => {
    await submitted();
    await expect(lookUp(WRONG_CODE)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Koden stämmer inte. Kontrollera att du skrivit av den rätt.",
    });
    expect(await db.prisma.rateLimitHit.count({ where: { key: "follow-up:203.0.113.7" } })).toBe(1);
    // Counted with the client's other anonymous refusals: one audit row per window, not one each.
    expect(await db.prisma.refusalCount.findMany({ select: { kind: true, count: true } })).toEqual([
      { kind: "follow_up_code", count: 1 },
    ]);
  });

  it("after maxAttempts wrong codes, makes this client wait, but the right code still works", async () => {
    const { followUpCode } = await submitted();
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await expect(lookUp(WRONG_CODE)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(lookUp(WRONG_CODE)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: "För många felaktiga koder från din anslutning. Vänta 1 minut och försök igen.",
    });
    // The wait doubles with each further wrong code.
    await expect(lookUp(WRONG_CODE)).rejects.toMatchObject({
      message: expect.stringContaining("Vänta 1 minut"),
    });
    await expect(lookUp(WRONG_CODE)).rejects.toMatchObject({
      message: expect.stringContaining("Vänta 2 minuter"),
    });
    // The right code is never refused, from this client or another.
    await expect(lookUp(followUpCode)).resolves.toMatchObject({ reference: "BIS-2026-0001" });
    await expect(lookUp(followUpCode, { clientKey: "198.51.100.4" })).resolves.toMatchObject({
      reference: "BIS-2026-0001",
    });
    // Once the window has passed, wrong codes are plain wrong codes again.
    const later = new Date(now.getTime() + (WINDOW_MINUTES + 1) * 60_000);
    await expect(lookUp(WRONG_CODE, { at: later })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("does not count a right code as a failure", async () => {
    const { followUpCode } = await submitted();
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) await lookUp(followUpCode);
    expect(await db.prisma.rateLimitHit.count()).toBe(0);
  });
});
