import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NO_DRAFT } from "@/lib/actions/access";
import { DRAFT_COOKIE, RECEIPT_COOKIE } from "@/lib/reports/draft-session";
import { createReferenceData, insertCompleteDraft } from "../setup/db-helpers";
import { setupTestDb } from "../setup/test-db";

// The submit through the real action and the real database, in one browser: its cookies are a jar standing in for
// Next.js's request API.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => jar.set(name, value),
    delete: (cookie: string | { name: string }) =>
      jar.delete(typeof cookie === "string" ? cookie : cookie.name),
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const db = setupTestDb();
let actions: typeof import("@/app/(public)/rapportera/actions");
let resumeCode: string;

beforeAll(async () => {
  // The app's one client is the test database.
  (globalThis as unknown as { brisDb?: Promise<unknown> }).brisDb = Promise.resolve(db.prisma);
  actions = await import("@/app/(public)/rapportera/actions");
});

beforeEach(async () => {
  jar.clear();
  const ids = await createReferenceData(db.prisma);
  ({ resumeCode } = await insertCompleteDraft(db.prisma, ids, new Date()));
  jar.set(DRAFT_COOKIE, resumeCode);
});

async function submit() {
  const result = await actions.submitReportAction({});
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

describe("the submit ends the draft session in the browser", () => {
  it("forgets the draft's code and keeps a signed receipt with the reference only", async () => {
    const first = await submit();

    expect(first).toMatchObject({
      reference: expect.stringMatching(/^BIS-\d{4}-0001$/),
      wasAlreadySubmitted: false,
    });
    expect(first.followUpCode).toEqual(expect.any(String));
    expect(jar.has(DRAFT_COOKIE)).toBe(false);
    const receipt = jar.get(RECEIPT_COOKIE)!;
    expect(receipt.startsWith(`${first.reference}.`)).toBe(true);
    expect(receipt).not.toContain(first.followUpCode);
    expect(receipt).not.toContain(resumeCode);
  });

  it("tells a second submit from the same browser that the report is already sent, with its reference and no code", async () => {
    const first = await submit();
    const again = await submit();

    expect(again).toEqual({ reference: first.reference, followUpCode: null, wasAlreadySubmitted: true });
    expect(await db.prisma.report.count()).toBe(1);
    expect(await db.prisma.followUpCode.count()).toBe(1);
    expect(await db.prisma.auditLog.count({ where: { action: "REPORT_RESUBMIT_IGNORED" } })).toBe(1);
  });

  it("answers a step saved in a tab left open with the report's reference, not that there is no draft", async () => {
    const { reference } = await submit();
    const saved = await actions.saveStepAction({ step: "reporter", complete: false, values: {} });

    expect(saved).toMatchObject({ ok: false });
    expect(saved.ok ? "" : saved.message).toBe(
      `Rapporten är redan skickad, med referensnummer ${reference}, och kan inte ändras längre. Följ den med din uppföljningskod.`,
    );
  });

  it("ends the session on a retry whose first answer was lost, with the same reference and no code", async () => {
    const first = await submit();
    // The first answer never arrived: the browser still has the draft cookie and no receipt.
    jar.delete(RECEIPT_COOKIE);
    jar.set(DRAFT_COOKIE, resumeCode);
    const retry = await submit();

    expect(retry).toEqual({ reference: first.reference, followUpCode: null, wasAlreadySubmitted: true });
    expect(jar.has(DRAFT_COOKIE)).toBe(false);
    expect(jar.get(RECEIPT_COOKIE)?.startsWith(`${first.reference}.`)).toBe(true);
    expect(await db.prisma.report.count()).toBe(1);
  });

  it("says there is no draft when the browser has neither a draft nor a valid receipt", async () => {
    const { reference } = await submit();
    const forged = jar.get(RECEIPT_COOKIE)!.replace(/\.(\d+)\./, ".9999999999999.");
    for (const receipt of [null, forged, `${reference}.9999999999999.${"A".repeat(43)}`]) {
      jar.clear();
      if (receipt) jar.set(RECEIPT_COOKIE, receipt);
      expect(await actions.submitReportAction({})).toEqual({
        ok: false,
        message: NO_DRAFT,
        fieldErrors: undefined,
      });
    }
    expect(await db.prisma.auditLog.count({ where: { action: "REPORT_RESUBMIT_IGNORED" } })).toBe(0);
  });
});
