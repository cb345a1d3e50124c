import { beforeEach, describe, expect, it } from "vitest";
import { loadStaffUser } from "@/lib/auth/load-staff-user";
import { signOutUser } from "@/lib/auth/sign-out";
import { AppError } from "@/lib/errors";
import { endAllSessions, endOwnSession, listOwnSessions, startStaffSession } from "@/lib/sessions/sessions";
import { createStaff } from "../setup/db-helpers";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

let sara: { id: string; sessionVersion: number };
let admin: { id: string; role: "ADMIN" };

beforeEach(async () => {
  sara = await createStaff(db.prisma, "SAMORDNARE", "sara@kommun.se", { name: "Sara" });
  const adminUser = await createStaff(db.prisma, "ADMIN", "ada@kommun.se", { name: "Ada" });
  admin = { id: adminUser.id, role: "ADMIN" };
});

async function signInFrom(userAgent: string) {
  const sessionId = await startStaffSession(db.prisma, sara, userAgent);
  return { id: sara.id, sessionVersion: sara.sessionVersion, sessionId };
}

describe("staff sessions", () => {
  it("lists each sign-in with its device, and ending one signs out that device only", async () => {
    const laptop = await signInFrom(FIREFOX);
    const phone = await signInFrom(IPHONE);
    expect((await listOwnSessions(db.prisma, sara)).map((s) => s.device).sort()).toEqual([
      "Firefox på Windows",
      "Safari på iPhone",
    ]);

    await endOwnSession(db.prisma, sara, { sessionId: phone.sessionId });
    expect(await loadStaffUser(db.prisma, phone, false)).toBeNull();
    expect(await loadStaffUser(db.prisma, laptop, false)).toMatchObject({ id: sara.id });
    expect((await listOwnSessions(db.prisma, sara)).map((s) => s.device)).toEqual(["Firefox på Windows"]);
    const audit = await db.prisma.auditLog.findFirst({ where: { action: "SESSION_ENDED" } });
    expect(audit).toMatchObject({ actorId: sara.id, data: { sessionId: phone.sessionId } });
  });

  it("refuses to end someone else's session", async () => {
    const laptop = await signInFrom(FIREFOX);
    await expect(
      endOwnSession(db.prisma, { id: admin.id }, { sessionId: laptop.sessionId }),
    ).rejects.toBeInstanceOf(AppError);
    expect(await loadStaffUser(db.prisma, laptop, false)).not.toBeNull();
  });

  it("signing out ends this session and keeps the others", async () => {
    const laptop = await signInFrom(FIREFOX);
    const phone = await signInFrom(IPHONE);
    await signOutUser(db.prisma, sara.id, laptop.sessionId);
    expect(await loadStaffUser(db.prisma, laptop, false)).toBeNull();
    expect(await loadStaffUser(db.prisma, phone, false)).not.toBeNull();
  });

  it("a token without a session, or one idle too long, is not signed in", async () => {
    expect(await loadStaffUser(db.prisma, { id: sara.id, sessionVersion: 0 }, false)).toBeNull();
    const laptop = await signInFrom(FIREFOX);
    await db.prisma.staffSession.update({
      where: { id: laptop.sessionId },
      data: { lastSeenAt: new Date(Date.now() - 24 * 3_600_000) },
    });
    expect(await loadStaffUser(db.prisma, laptop, false)).toBeNull();
    expect(await listOwnSessions(db.prisma, sara)).toEqual([]);
  });

  it("an administrator ends all of a user's sessions at once, audited; others can't", async () => {
    const laptop = await signInFrom(FIREFOX);
    const phone = await signInFrom(IPHONE);
    await expect(
      endAllSessions(db.prisma, { id: sara.id, role: "SAMORDNARE" }, { userId: sara.id }),
    ).rejects.toBeInstanceOf(AppError);
    await endAllSessions(db.prisma, admin, { userId: sara.id });
    expect(await loadStaffUser(db.prisma, laptop, false)).toBeNull();
    expect(await loadStaffUser(db.prisma, phone, false)).toBeNull();
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: sara.id } });
    expect(await listOwnSessions(db.prisma, after)).toEqual([]);
    const audit = await db.prisma.auditLog.findFirst({ where: { action: "USER_SESSIONS_ENDED" } });
    expect(audit).toMatchObject({ actorId: admin.id, data: { userId: sara.id } });
  });
});
