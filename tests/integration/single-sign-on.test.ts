import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { authorizeStaff } from "@/lib/auth/auth-options";
import { loadStaffUser } from "@/lib/auth/load-staff-user";
import { hashPassword } from "@/lib/auth/passwords";
import { allowSsoSignIn, startSsoSession, type SsoPolicy } from "@/lib/auth/sso-sign-in";
import { AppError } from "@/lib/errors";
import { makeSsoOnly } from "@/lib/users/make-sso-only";
import { createStaff } from "../setup/db-helpers";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const PASSWORD = "ett-langt-losenord-1";
const TRUSTED: SsoPolicy = { trustedMfa: true, twoFactorRequired: true };
let passwordHash: string;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
  // authorizeStaff reads the app's one client; in this file that is the test database.
  (globalThis as unknown as { brisDb?: Promise<PrismaClient> }).brisDb = Promise.resolve(db.prisma);
});

const staff = (role: Role, email: string, extra: { isActive?: boolean } = {}) =>
  createStaff(db.prisma, role, email, { passwordHash, ...extra });

async function failures() {
  const rows = await db.prisma.auditLog.findMany({
    where: { action: "SIGN_IN_FAILED" },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => (row.data as { reason: string }).reason);
}

describe("single sign-on matches the provider's e-mail to an existing account", () => {
  let sara: Awaited<ReturnType<typeof staff>>;
  beforeEach(async () => {
    sara = await staff("SAMORDNARE", "sara@kommun.se");
  });

  it("signs in the account with that e-mail, whatever its case, as a password sign-in would", async () => {
    const claims = { sub: "idp-1", email: "Sara@Kommun.SE", email_verified: true };
    expect(await allowSsoSignIn(db.prisma, claims, TRUSTED)).toBe(true);
    const session = await startSsoSession(db.prisma, claims, TRUSTED, "Firefox");
    expect(session).toMatchObject({ id: sara.id, role: "SAMORDNARE", sessionVersion: 0 });

    const row = await db.prisma.staffSession.findUniqueOrThrow({ where: { id: session!.sessionId } });
    expect(row).toMatchObject({ userId: sara.id, userAgent: "Firefox", endedAt: null });
    const signIn = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "SIGN_IN" } });
    expect(signIn).toMatchObject({ actorId: sara.id, data: { method: "sso" } });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: sara.id } })).lastLoginAt).not.toBeNull();

    // The provider's MFA stands in for ours: a coordinator without our app is not sent to enrol.
    const claimsOfToken = { id: sara.id, sessionVersion: 0, sessionId: session!.sessionId, method: "sso" };
    expect(await loadStaffUser(db.prisma, claimsOfToken, true)).toMatchObject({ twoFactorPending: false });
    expect(await loadStaffUser(db.prisma, { ...claimsOfToken, method: "password" }, true)).toMatchObject({
      twoFactorPending: true,
    });
  });

  it("accepts a provider that sends no email_verified, and refuses one that says the address is unverified", async () => {
    expect(await allowSsoSignIn(db.prisma, { email: "sara@kommun.se" }, TRUSTED)).toBe(true);
    expect(await allowSsoSignIn(db.prisma, { email: "sara@kommun.se", email_verified: false }, TRUSTED)).toBe(
      false,
    );
    expect(await failures()).toEqual(["email_not_verified"]);
  });

  it("refuses an unknown e-mail and creates no account", async () => {
    const claims = { email: "okand@kommun.se", email_verified: true };
    expect(await allowSsoSignIn(db.prisma, claims, TRUSTED)).toBe(false);
    expect(await startSsoSession(db.prisma, claims, TRUSTED, null)).toBeNull();
    expect(await db.prisma.user.count()).toBe(1);
    expect(await failures()).toEqual(["unknown_user"]);
  });

  it("refuses a deactivated account", async () => {
    await staff("ARBETSGRUPP", "avslutad@kommun.se", { isActive: false });
    expect(await allowSsoSignIn(db.prisma, { email: "avslutad@kommun.se" }, TRUSTED)).toBe(false);
    expect(await failures()).toEqual(["inactive"]);
  });

  it("without trust in the provider's MFA, refuses accounts that need our second factor", async () => {
    const untrusted = { trustedMfa: false, twoFactorRequired: true };
    await staff("ARBETSGRUPP", "anna@kommun.se");
    expect(await allowSsoSignIn(db.prisma, { email: "sara@kommun.se" }, untrusted)).toBe(false);
    expect(await allowSsoSignIn(db.prisma, { email: "anna@kommun.se" }, untrusted)).toBe(true);
    expect(await failures()).toEqual(["second_factor_not_trusted"]);
  });
});

describe("password sign-in", () => {
  it("records the last sign-in on the account and an audited SIGN_IN with the method", async () => {
    const sara = await staff("SAMORDNARE", "sara@kommun.se");
    const at = new Date("2026-03-02T08:15:00Z");
    expect(await authorizeStaff({ email: "sara@kommun.se", password: PASSWORD }, null, at)).toMatchObject({
      id: sara.id,
    });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: sara.id } })).lastLoginAt).toEqual(at);
    const signIn = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "SIGN_IN" } });
    expect(signIn).toMatchObject({ actorId: sara.id, actorLabel: sara.id, data: { method: "password" } });
  });

  it("is refused for an SSO-only account, whose password is removed", async () => {
    const admin = await staff("ADMIN", "admin@kommun.se");
    const sara = await staff("SAMORDNARE", "sara@kommun.se");
    const credentials = { email: "sara@kommun.se", password: PASSWORD };
    expect(await authorizeStaff(credentials)).toMatchObject({ id: sara.id });

    await expect(makeSsoOnly(db.prisma, admin, { userId: sara.id }, false)).rejects.toBeInstanceOf(AppError);
    expect(await makeSsoOnly(db.prisma, admin, { userId: sara.id }, true)).toEqual({ changed: true });
    const changed = await db.prisma.user.findUniqueOrThrow({ where: { id: sara.id } });
    expect(changed).toMatchObject({ ssoOnly: true, passwordHash: "", sessionVersion: 1 });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "USER_UPDATED" } });
    expect(audit).toMatchObject({
      actorId: admin.id,
      data: { userId: sara.id, ssoOnlyFrom: false, ssoOnlyTo: true },
    });

    expect(await authorizeStaff(credentials)).toBeNull();
    expect(await failures()).toEqual(["sso_only"]);
    // Single sign-on still works for it.
    expect(await allowSsoSignIn(db.prisma, { email: "sara@kommun.se" }, TRUSTED)).toBe(true);
  });

  it("is refused for everyone when turned off for the instance", async () => {
    await staff("SAMORDNARE", "sara@kommun.se");
    const credentials = { email: "sara@kommun.se", password: PASSWORD };
    expect(await authorizeStaff(credentials, null, new Date(), false)).toBeNull();
    expect(await failures()).toEqual(["password_sign_in_off"]);
    expect(await authorizeStaff(credentials, null, new Date(), true)).not.toBeNull();
  });
});
