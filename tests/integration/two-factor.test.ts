import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { ENROL_FIRST } from "@/lib/auth/assert-permission";
import { loadStaffUser } from "@/lib/auth/load-staff-user";
import { hashPassword } from "@/lib/auth/passwords";
import { listCases } from "@/lib/cases/list-cases";
import { ZCaseFilters } from "@/lib/cases/schemas";
import { AppError } from "@/lib/errors";
import { confirmTotpEnrolment, getTotpEnrolment, WRONG_ENROLMENT_CODE } from "@/lib/two-factor/enrolment";
import { resetTwoFactor } from "@/lib/two-factor/reset-two-factor";
import { secondFactorStep } from "@/lib/two-factor/sign-in-step";
import { startStaffSession } from "@/lib/sessions/sessions";
import { totpCode } from "@/lib/two-factor/totp";
import { createStaff } from "../setup/db-helpers";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const PASSWORD = "ett-langt-losenord-1";
let passwordHash: string;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

const staff = (role: Role, email: string) => createStaff(db.prisma, role, email, { passwordHash });

/** Enrols the user as the enrolment page and its form do, at `now`; returns the secret and recovery codes. */
async function enrol(userId: string, now: Date) {
  const enrolment = await getTotpEnrolment(db.prisma, userId);
  if (enrolment.enabled) throw new Error("already enrolled");
  const { recoveryCodes } = await confirmTotpEnrolment(
    db.prisma,
    { id: userId },
    { code: totpCode(enrolment.secret, now) },
    now,
  );
  return { secret: enrolment.secret, recoveryCodes };
}

/** The sign-in's step after a right password (authorizeStaff calls it; it reads the app's own database). */
async function signIn(email: string, extra: { code?: string } = {}, now = new Date()) {
  const user = await db.prisma.user.findUniqueOrThrow({ where: { email } });
  return secondFactorStep(db.prisma, user, extra.code, now);
}

/** The claims of a fresh sign-in's token. */
async function claimsFor(user: { id: string; sessionVersion: number }) {
  return {
    id: user.id,
    sessionVersion: user.sessionVersion,
    sessionId: await startStaffSession(db.prisma, user, null),
  };
}

async function auditActions() {
  return (await db.prisma.auditLog.findMany({ orderBy: { id: "asc" } })).map((row) => row.action);
}

describe("enforcement", () => {
  it("refuses inbox data to a coordinator without two-factor sign-in until they have enrolled", async () => {
    const user = await staff("SAMORDNARE", "sara@kommun.se");
    const claims = await claimsFor(user);
    const pending = await loadStaffUser(db.prisma, claims, true);
    expect(pending).toMatchObject({ id: user.id, twoFactorPending: true });
    await expect(listCases(db.prisma, pending!, ZCaseFilters.parse({}))).rejects.toThrow(ENROL_FIRST);
    expect(await auditActions()).toContain("ACCESS_REFUSED");

    await enrol(user.id, new Date());
    const enrolled = await loadStaffUser(db.prisma, claims, true);
    expect(enrolled?.twoFactorPending).toBe(false);
    await expect(listCases(db.prisma, enrolled!, ZCaseFilters.parse({}))).resolves.toMatchObject({
      total: 0,
    });
  });

  it("lets the arbetsgrupp in without it, and nobody is held back when the instance doesn't require it", async () => {
    const arbetsgrupp = await staff("ARBETSGRUPP", "arne@kommun.se");
    const admin = await staff("ADMIN", "ada@kommun.se");
    expect((await loadStaffUser(db.prisma, await claimsFor(arbetsgrupp), true))?.twoFactorPending).toBe(
      false,
    );
    expect((await loadStaffUser(db.prisma, await claimsFor(admin), false))?.twoFactorPending).toBe(false);
  });
});

describe("enrolment", () => {
  it("keeps the same secret until confirmed, refuses a wrong first code and shows ten recovery codes once", async () => {
    const user = await staff("SAMORDNARE", "sara@kommun.se");
    const first = await getTotpEnrolment(db.prisma, user.id);
    const again = await getTotpEnrolment(db.prisma, user.id);
    expect(first.enabled).toBe(false);
    expect(again).toEqual(first);
    if (first.enabled) return;
    expect(first.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);

    await expect(
      confirmTotpEnrolment(
        db.prisma,
        { id: user.id },
        { code: "000000" === totpCode(first.secret, new Date()) ? "111111" : "000000" },
      ),
    ).rejects.toThrow(WRONG_ENROLMENT_CODE);
    const { recoveryCodes } = await enrol(user.id, new Date());
    expect(recoveryCodes).toHaveLength(10);
    const stored = await db.prisma.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    for (const code of recoveryCodes) expect(JSON.stringify(stored)).not.toContain(code);
    expect(await getTotpEnrolment(db.prisma, user.id)).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 10,
    });
    expect(await auditActions()).toContain("TWO_FACTOR_ENABLED");
  });
});

describe("sign-in with a second factor", () => {
  it("asks for the code after a right password, accepts it once and refuses it again", async () => {
    const user = await staff("SAMORDNARE", "sara@kommun.se");
    const enrolledAt = new Date(Date.now() - 120_000);
    const { secret } = await enrol(user.id, enrolledAt);
    const now = new Date();
    expect(await signIn(user.email, {}, now)).toBe("needed");

    const code = totpCode(secret, now);
    await expect(signIn(user.email, { code }, now)).resolves.toBe("passed");
    await expect(signIn(user.email, { code }, now)).resolves.toBe("refused");
    const failures = await db.prisma.auditLog.findMany({ where: { action: "SIGN_IN_FAILED" } });
    expect(failures.map((row) => row.data)).toContainEqual({ reason: "wrong_code" });
  });

  it("accepts each recovery code once, in any typing", async () => {
    const user = await staff("ADMIN", "ada@kommun.se");
    const { recoveryCodes } = await enrol(user.id, new Date());
    const typed = recoveryCodes[3]!.replace(/-/g, "").toLowerCase();
    await expect(signIn(user.email, { code: typed })).resolves.toBe("passed");
    await expect(signIn(user.email, { code: recoveryCodes[3] })).resolves.toBe("refused");
    await expect(signIn(user.email, { code: recoveryCodes[4] })).resolves.toBe("passed");
    expect(await getTotpEnrolment(db.prisma, user.id)).toMatchObject({ recoveryCodesLeft: 8 });
    const used = await db.prisma.auditLog.findMany({ where: { action: "RECOVERY_CODE_USED" } });
    expect(used.map((row) => row.data)).toEqual([{ remaining: 9 }, { remaining: 8 }]);
  });

  it("stops accepting codes after ten wrong ones, even the right one", async () => {
    const user = await staff("SAMORDNARE", "sara@kommun.se");
    const { secret } = await enrol(user.id, new Date(Date.now() - 120_000));
    const now = new Date();
    const right = totpCode(secret, now);
    const wrong = right === "123456" ? "654321" : "123456";
    for (let i = 0; i < 10; i++)
      await expect(signIn(user.email, { code: wrong }, now)).resolves.toBe("refused");
    await expect(signIn(user.email, { code: right }, now)).resolves.toBe("refused");
    const failures = await db.prisma.auditLog.findMany({ where: { action: "SIGN_IN_FAILED" } });
    expect(failures.at(-1)?.data).toEqual({ reason: "code_rate_limited" });
  });
});

describe("reset by an administrator", () => {
  let admin: Awaited<ReturnType<typeof staff>>;
  let sara: Awaited<ReturnType<typeof staff>>;
  beforeEach(async () => {
    admin = await staff("ADMIN", "ada@kommun.se");
    sara = await staff("SAMORDNARE", "sara@kommun.se");
  });

  it("removes the second factor and the recovery codes, ends the sessions, audits and tells the user", async () => {
    await enrol(sara.id, new Date());
    await resetTwoFactor(db.prisma, { id: admin.id, role: "ADMIN" }, { userId: sara.id });
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: sara.id } });
    expect(after).toMatchObject({
      totpSecret: null,
      totpEnabledAt: null,
      sessionVersion: sara.sessionVersion + 1,
    });
    expect(await db.prisma.recoveryCode.count({ where: { userId: sara.id } })).toBe(0);
    const reset = await db.prisma.auditLog.findFirst({ where: { action: "TWO_FACTOR_RESET" } });
    expect(reset).toMatchObject({ actorId: admin.id, data: { userId: sara.id } });
    const mail = await db.prisma.outboxMail.findFirst({ where: { to: sara.email } });
    expect(mail?.subject).toBe("Din tvåstegsverifiering har återställts");
    // Signing in works with the password alone again, then enrolment starts over.
    await expect(signIn(sara.email)).resolves.toBe("passed");
    expect((await loadStaffUser(db.prisma, await claimsFor(after), true))?.twoFactorPending).toBe(true);
  });

  it("is refused to anyone but an administrator", async () => {
    await enrol(sara.id, new Date());
    const other = await staff("SAMORDNARE", "kim@kommun.se");
    await expect(
      resetTwoFactor(db.prisma, { id: other.id, role: "SAMORDNARE" }, { userId: sara.id }),
    ).rejects.toBeInstanceOf(AppError);
    expect(await db.prisma.recoveryCode.count({ where: { userId: sara.id } })).toBe(10);
  });
});
