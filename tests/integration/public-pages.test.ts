import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { submitReport } from "@/lib/reports/submit-report";
import { getSubmittedReference } from "@/lib/reports/submitted-reference";
import { getInstanceSettings, INSTANCE_SETTINGS_KEY } from "@/lib/settings/instance-settings";
import { seedDatabase } from "@/prisma/seed";
import { createReferenceData, insertCompleteDraft } from "../setup/db-helpers";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const now = new Date("2026-03-02T09:00:00Z");

describe("the receipt shown again after a reload", () => {
  it("gives the reference of the report a submitted draft became, and nothing for an open draft", async () => {
    const ids = await createReferenceData(db.prisma);
    const { draft } = await insertCompleteDraft(db.prisma, ids, now);
    expect(await getSubmittedReference(db.prisma, draft)).toBeNull();
    const result = await submitReport(db.prisma, draft, now);
    const submitted = await db.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(await getSubmittedReference(db.prisma, submitted)).toBe(result.reference);
  });
});

describe("the instance settings behind the public pages", () => {
  it("have defaults for the new fields when an older row lacks them", async () => {
    await db.prisma.setting.create({
      data: {
        key: INSTANCE_SETTINGS_KEY,
        value: { hostOrganisation: "Höganäs kommun", brandColour: "#ffff00" },
      },
    });
    const settings = await getInstanceSettings(db.prisma);
    expect(settings.hostOrganisation).toBe("Höganäs kommun");
    expect(settings.dataProtectionOfficerEmail).toMatch(/@/);
    // A colour too light for white text, written past the form, is not used; the other fields still are.
    expect(settings.brandColour).toBe("");
    expect(settings.accessibilityKnownIssues.length).toBeGreaterThan(0);
  });
});

describe("the demo codes", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("are printed with their pages at every start while they still work", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bis-demo-"));
    dirs.push(dir);
    const demoCodesFile = path.join(dir, "demo-codes.json");
    // Today, so the demo years' case with återkoppling (and its follow-up code) exists.
    const today = new Date();
    const first: string[] = [];
    await seedDatabase(db.prisma, { now: today, demo: true, demoCodesFile, log: (m) => first.push(m) });
    const again: string[] = [];
    await seedDatabase(db.prisma, { now: today, demo: true, demoCodesFile, log: (m) => again.push(m) });

    const resume = again.find((line) => line.includes("/rapportera/fortsatt"));
    const followUp = again.find((line) => line.includes("/uppfoljning"));
    expect(resume).toContain(`${env.APP_URL}/rapportera/fortsatt med koden `);
    expect(followUp).toMatch(/^Demodata: följ upp BIS-\d{4}-\d{4} på .*\/uppfoljning med koden /);
    expect(first).toContain(resume);
    expect(first).toContain(followUp);

    // Once the demo draft is submitted its code opens nothing: the start says how to get new codes instead.
    await db.prisma.draft.updateMany({ data: { submittedAt: today } });
    const later: string[] = [];
    await seedDatabase(db.prisma, { now: today, demo: true, demoCodesFile, log: (m) => later.push(m) });
    expect(later.some((line) => line.includes("/rapportera/fortsatt"))).toBe(false);
    expect(later.some((line) => line.includes("Nya koder får du med en tom databas"))).toBe(true);
  });
});
