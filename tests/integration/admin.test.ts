import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { changeUserRole } from "@/lib/users/change-user-role";
import { completeAuditReview } from "@/lib/audit/complete-audit-review";
import { copyCategories } from "@/lib/reference-data/copy-categories";
import { createArea } from "@/lib/reference-data/create-area";
import { createCategory } from "@/lib/reference-data/create-category";
import { createOrganisation } from "@/lib/reference-data/create-organisation";
import { stockholmDate, stockholmDayStart } from "@/lib/dates";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { exportAuditLog } from "@/lib/audit/export-audit-log";
import { getAdminSettings } from "@/lib/settings/get-admin-settings";
import { getArea } from "@/lib/reference-data/get-area";
import { getAuditReview } from "@/lib/audit/get-audit-review";
import { getCategory } from "@/lib/reference-data/get-category";
import { getOrganisation } from "@/lib/reference-data/get-organisation";
import { getUser } from "@/lib/users/get-user";
import { inviteUser } from "@/lib/users/invite-user";
import { listAreas } from "@/lib/reference-data/list-areas";
import { listAuditReviews } from "@/lib/audit/list-audit-reviews";
import { listCategories } from "@/lib/reference-data/list-categories";
import { listOrganisations } from "@/lib/reference-data/list-organisations";
import { listOutbox } from "@/lib/mail/list-outbox";
import { INSTANCE_SETTINGS_KEY } from "@/lib/settings/instance-settings";
import { listUsers } from "@/lib/users/list-users";
import { reactivateUser } from "@/lib/users/reactivate-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { ZCopyCategories } from "@/lib/reference-data/schemas";
import { ZInstanceSettingsForm } from "@/lib/settings/schemas";
import { ZInviteUser } from "@/lib/users/schemas";
import { searchAuditLog } from "@/lib/audit/search-audit-log";
import { setAreaActive } from "@/lib/reference-data/set-area-active";
import { setCategoryActive } from "@/lib/reference-data/set-category-active";
import { setOrganisationActive } from "@/lib/reference-data/set-organisation-active";
import { startAuditReview } from "@/lib/audit/start-audit-review";
import { updateArea } from "@/lib/reference-data/update-area";
import { updateCategory } from "@/lib/reference-data/update-category";
import { updateInstanceSettings } from "@/lib/settings/update-instance-settings";
import { updateOrganisation } from "@/lib/reference-data/update-organisation";
import { updateReminderSettings } from "@/lib/settings/update-reminder-settings";
import { updateRetentionSettings } from "@/lib/settings/update-retention-settings";
import type { TAuditAction } from "@/lib/audit/audit-actions";
import type { Actor } from "@/lib/auth/assert-permission";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import type { Permission } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import {
  DEFAULT_INSTANCE_SETTINGS,
  getInstanceSettings,
  getInstanceSettingsCached,
  INSTANCE_SETTINGS_TTL_MS,
} from "@/lib/settings/instance-settings";
import { getReminderSettings } from "@/lib/settings/reminder-settings";
import { getRetentionSettings } from "@/lib/settings/retention-settings";
import { exportErasureLog } from "@/lib/retention/export-erasure-log";
import { getRetentionOverview } from "@/lib/retention/get-retention-overview";
import { runRetentionNow } from "@/lib/retention/run-retention";
import { createStaff } from "../setup/db-helpers";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();

const PASSWORD = "ett-langt-losenord-1";
const NEW_PASSWORD = "ett-helt-annat-losenord-2";
// argon2id costs ~100 ms a hash: the fixture accounts share one hash, made once for the file.
let passwordHash: string;

interface World {
  admin: Actor;
  samordnare: Actor;
  arbetsgrupp: Actor;
  /** The account user operations change: never one of the actors. */
  colleague: Actor;
  /** A deactivated account, for reactivation. */
  former: Actor;
  organisationId: string;
  areaId: string;
  categoryId: string;
  reviewId: string;
}
let w: World;

const staff = (role: Role, name: string, email: string) =>
  createStaff(db.prisma, role, email, { name, passwordHash });

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

beforeEach(async () => {
  const p = db.prisma;
  const admin = await staff("ADMIN", "Ada Admin", "admin@example.se");
  const samordnare = await staff("SAMORDNARE", "Sara Samordnare", "samordnare@example.se");
  const arbetsgrupp = await staff("ARBETSGRUPP", "Arne Arbetsgrupp", "arbetsgrupp@example.se");
  const colleague = await staff("SAMORDNARE", "Kim Kollega", "kollega@example.se");
  const former = await staff("SAMORDNARE", "Fia Före", "fore@example.se");
  await p.user.update({ where: { id: former.id }, data: { isActive: false } });
  const organisation = await p.organisation.create({
    data: { name: "Höganäs kommun", huvudman: "KOMMUN", sortOrder: 10 },
  });
  const area = await p.area.create({
    data: { code: "SIP", name: "SIP (samordnad individuell plan)", sortOrder: 10 },
  });
  const category = await p.category.create({ data: { year: 2026, name: "kommunikation", sortOrder: 10 } });
  await p.category.create({ data: { year: 2026, name: "rutiner", sortOrder: 20 } });
  // An access event today, so a loggkontroll of today has something to draw, and an open review of it.
  const viewed = await p.auditLog.create({
    data: { action: "CASE_VIEWED", actorId: samordnare.id, actorLabel: samordnare.id },
  });
  const today = stockholmDate(new Date());
  const review = await p.auditReview.create({
    data: {
      reviewerId: admin.id,
      sampledIds: [viewed.id],
      periodFrom: stockholmDayStart(today),
      periodTo: new Date(stockholmDayStart(today).getTime() + 86_400_000),
    },
  });
  await p.outboxMail.create({
    data: { to: "samordnare@example.se", subject: "Ny brist", body: "Se /inkorg" },
  });
  w = {
    admin,
    samordnare,
    arbetsgrupp,
    colleague,
    former,
    organisationId: organisation.id,
    areaId: area.id,
    categoryId: category.id,
    reviewId: review.id,
  };
});

/** Everything an admin operation can change, and every audit row except refusals. */
async function snapshot() {
  const p = db.prisma;
  return {
    users: await p.user.findMany({ orderBy: { id: "asc" } }),
    organisations: await p.organisation.findMany({ orderBy: { id: "asc" } }),
    areas: await p.area.findMany({ orderBy: { id: "asc" } }),
    categories: await p.category.findMany({ orderBy: { id: "asc" } }),
    settings: await p.setting.findMany({ orderBy: { key: "asc" } }),
    reviews: await p.auditReview.findMany({ orderBy: { id: "asc" } }),
    outbox: await p.outboxMail.findMany({ orderBy: { id: "asc" } }),
    audit: await p.auditLog.findMany({
      where: { action: { not: "ACCESS_REFUSED" } },
      orderBy: { id: "asc" },
    }),
  };
}

function auditRows(action: TAuditAction) {
  return db.prisma.auditLog.findMany({ where: { action }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/** The one audit row of an action; fails when there are none or several. */
async function onlyAuditRow(action: TAuditAction) {
  const rows = await auditRows(action);
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

const today = () => stockholmDate(new Date());

interface Operation {
  run: (actor: Actor | null) => Promise<unknown>;
  permission: Permission;
  /** The audit row the operation writes with its change (or read); none for plain reads. */
  audit?: TAuditAction;
}

const OPERATIONS: Record<string, Operation> = {
  // Users
  inviteUser: {
    permission: "admin:manage",
    audit: "USER_CREATED",
    run: (a) =>
      inviteUser(db.prisma, a, {
        name: "Nora Ny",
        email: "nora.ny@example.se",
        role: "SAMORDNARE",
        password: NEW_PASSWORD,
        passwordConfirm: NEW_PASSWORD,
      }),
  },
  changeUserRole: {
    permission: "admin:manage",
    audit: "USER_UPDATED",
    run: (a) => changeUserRole(db.prisma, a, { userId: w.colleague.id, role: "ARBETSGRUPP" }),
  },
  deactivateUser: {
    permission: "admin:manage",
    audit: "USER_DEACTIVATED",
    run: (a) => deactivateUser(db.prisma, a, { userId: w.colleague.id }),
  },
  reactivateUser: {
    permission: "admin:manage",
    audit: "USER_UPDATED",
    run: (a) => reactivateUser(db.prisma, a, { userId: w.former.id }),
  },
  resetUserPassword: {
    permission: "admin:manage",
    audit: "USER_PASSWORD_RESET",
    run: (a) =>
      resetUserPassword(db.prisma, a, {
        userId: w.colleague.id,
        password: NEW_PASSWORD,
        passwordConfirm: NEW_PASSWORD,
      }),
  },
  listUsers: { permission: "admin:manage", run: (a) => listUsers(db.prisma, a) },
  getUser: { permission: "admin:manage", run: (a) => getUser(db.prisma, a, w.colleague.id) },

  // Organisations, areas, categories
  createOrganisation: {
    permission: "admin:manage",
    audit: "ORGANISATION_CHANGED",
    run: (a) =>
      createOrganisation(db.prisma, a, {
        name: "Båstads kommun",
        huvudman: "KOMMUN",
        sortOrder: 20,
        emailDomains: ["bastad.se"],
      }),
  },
  updateOrganisation: {
    permission: "admin:manage",
    audit: "ORGANISATION_CHANGED",
    run: (a) =>
      updateOrganisation(db.prisma, a, {
        id: w.organisationId,
        name: "Höganäs stad",
        huvudman: "KOMMUN",
        sortOrder: 10,
        emailDomains: [],
      }),
  },
  setOrganisationActive: {
    permission: "admin:manage",
    audit: "ORGANISATION_CHANGED",
    run: (a) => setOrganisationActive(db.prisma, a, { id: w.organisationId, isActive: false }),
  },
  listOrganisations: { permission: "admin:manage", run: (a) => listOrganisations(db.prisma, a) },
  getOrganisation: {
    permission: "admin:manage",
    run: (a) => getOrganisation(db.prisma, a, w.organisationId),
  },
  createArea: {
    permission: "admin:manage",
    audit: "AREA_CHANGED",
    run: (a) =>
      createArea(db.prisma, a, { code: "SVU", name: "SVU (samordnad vårdplanering)", sortOrder: 20 }),
  },
  updateArea: {
    permission: "admin:manage",
    audit: "AREA_CHANGED",
    run: (a) => updateArea(db.prisma, a, { id: w.areaId, name: "SIP", sortOrder: 10 }),
  },
  setAreaActive: {
    permission: "admin:manage",
    audit: "AREA_CHANGED",
    run: (a) => setAreaActive(db.prisma, a, { id: w.areaId, isActive: false }),
  },
  listAreas: { permission: "admin:manage", run: (a) => listAreas(db.prisma, a) },
  getArea: { permission: "admin:manage", run: (a) => getArea(db.prisma, a, w.areaId) },
  createCategory: {
    permission: "admin:manage",
    audit: "CATEGORY_CHANGED",
    run: (a) => createCategory(db.prisma, a, { year: 2026, name: "kompetens", sortOrder: 30 }),
  },
  updateCategory: {
    permission: "admin:manage",
    audit: "CATEGORY_CHANGED",
    run: (a) =>
      updateCategory(db.prisma, a, {
        id: w.categoryId,
        name: "kommunikation och information",
        sortOrder: 10,
      }),
  },
  setCategoryActive: {
    permission: "admin:manage",
    audit: "CATEGORY_CHANGED",
    run: (a) => setCategoryActive(db.prisma, a, { id: w.categoryId, isActive: false }),
  },
  copyCategories: {
    permission: "admin:manage",
    audit: "CATEGORY_CHANGED",
    run: (a) => copyCategories(db.prisma, a, { fromYear: 2026, toYear: 2027 }),
  },
  listCategories: { permission: "admin:manage", run: (a) => listCategories(db.prisma, a, 2026) },
  getCategory: { permission: "admin:manage", run: (a) => getCategory(db.prisma, a, w.categoryId) },

  // Settings and outbox
  getAdminSettings: { permission: "admin:manage", run: (a) => getAdminSettings(db.prisma, a) },
  updateInstanceSettings: {
    permission: "admin:manage",
    audit: "SETTINGS_CHANGED",
    run: (a) =>
      updateInstanceSettings(db.prisma, a, {
        ...DEFAULT_INSTANCE_SETTINGS,
        samradName: "Delregionalt samråd Sydväst",
      }),
  },
  updateReminderSettings: {
    permission: "admin:manage",
    audit: "SETTINGS_CHANGED",
    run: (a) => updateReminderSettings(db.prisma, a, { noFeedbackDays: 14, delTvaMissingDays: 45 }),
  },
  updateRetentionSettings: {
    permission: "admin:manage",
    audit: "SETTINGS_CHANGED",
    run: (a) =>
      updateRetentionSettings(db.prisma, a, {
        draftExpiryDays: 30,
        partnerLinkDays: 7,
        caseRetentionYears: 3,
      }),
  },
  listOutbox: {
    permission: "admin:manage",
    audit: "OUTBOX_VIEWED",
    run: (a) => listOutbox(db.prisma, a, { page: 1 }),
  },

  // Audit log
  searchAuditLog: { permission: "audit:read", run: (a) => searchAuditLog(db.prisma, a, { sida: 1 }) },
  exportAuditLog: {
    permission: "audit:read",
    audit: "AUDIT_EXPORTED",
    run: (a) => exportAuditLog(db.prisma, a, {}),
  },
  startAuditReview: {
    permission: "audit:read",
    audit: "AUDIT_REVIEW_STARTED",
    run: (a) => startAuditReview(db.prisma, a, { from: today(), to: today(), sampleSize: 5 }),
  },
  completeAuditReview: {
    permission: "audit:read",
    audit: "AUDIT_REVIEW_COMPLETED",
    run: (a) =>
      completeAuditReview(db.prisma, a, { reviewId: w.reviewId, conclusion: "Alla läsningar var befogade." }),
  },
  listAuditReviews: { permission: "audit:read", run: (a) => listAuditReviews(db.prisma, a) },
  getAuditReview: { permission: "audit:read", run: (a) => getAuditReview(db.prisma, a, w.reviewId) },

  // Gallring (its run commits each erased case on its own, so it is not all-or-nothing; see retention.test.ts)
  getRetentionOverview: { permission: "admin:manage", run: (a) => getRetentionOverview(db.prisma, a) },
  runRetentionNow: { permission: "admin:manage", run: (a) => runRetentionNow(db.prisma, a) },
  exportErasureLog: {
    permission: "audit:read",
    audit: "AUDIT_EXPORTED",
    run: (a) => exportErasureLog(db.prisma, a),
  },
};

/**
 * Makes every insert of one audit action fail inside the database, so an operation whose change and audit row
 * share a transaction must leave nothing behind.
 */
async function withFailingAudit(action: TAuditAction, run: () => Promise<void>) {
  const p = db.prisma;
  await p.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.action = TG_ARGV[0] THEN RAISE EXCEPTION 'audit write refused by test'; END IF;
      RETURN NEW;
    END $$`);
  await p.$executeRawUnsafe(
    `CREATE TRIGGER test_refuse_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION test_refuse_audit('${action}')`,
  );
  try {
    await run();
  } finally {
    await p.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_refuse_audit ON "AuditLog"`);
  }
}

describe("admin operations by role", () => {
  for (const [name, operation] of Object.entries(OPERATIONS)) {
    it(`lets an administrator ${name}${operation.audit ? `, writing ${operation.audit}` : ""}`, async () => {
      await expect(operation.run(w.admin)).resolves.not.toBeNull();
      if (operation.audit) {
        const rows = await auditRows(operation.audit);
        expect(rows.map((row) => row.actorId)).toEqual([w.admin.id]);
      }
      expect(await db.prisma.auditLog.count({ where: { action: "ACCESS_REFUSED" } })).toBe(0);
    });

    it(`refuses ${name} for a samordnare, the arbetsgrupp and an anonymous caller, changes nothing and logs each refusal`, async () => {
      const before = await snapshot();
      for (const actor of [w.samordnare, w.arbetsgrupp, null]) {
        await expect(operation.run(actor)).rejects.toMatchObject({ name: "AppError", code: "FORBIDDEN" });
      }
      expect(await snapshot()).toEqual(before);
      const refusals = await auditRows("ACCESS_REFUSED");
      expect(refusals.map((row) => row.actorId)).toEqual([w.samordnare.id, w.arbetsgrupp.id]);
      expect(refusals.map((row) => row.actorLabel)).toEqual([w.samordnare.id, w.arbetsgrupp.id]);
      for (const row of refusals) expect(row.data).toEqual({ permission: operation.permission });
      // The anonymous caller is counted with its other refusals: one audit row per window (decision 014).
      expect(await db.prisma.refusalCount.findMany({ select: { kind: true, count: true } })).toEqual([
        { kind: "staff_page", count: 1 },
      ]);
    });

    if (operation.audit) {
      const audit = operation.audit;
      it(`commits nothing of ${name} when its ${audit} row cannot be written`, async () => {
        const before = await snapshot();
        await withFailingAudit(audit, async () => {
          await expect(operation.run(w.admin)).rejects.toThrow(/audit write refused by test/);
        });
        expect(await snapshot()).toEqual(before);
      });
    }
  }
});

describe("users", () => {
  it("creates a user with a USER_CREATED row naming the new account and its role, never the password", async () => {
    const input = ZInviteUser.parse({
      name: "Nora Ny",
      email: "Nora.Ny@Example.se",
      role: "SAMORDNARE",
      password: NEW_PASSWORD,
      passwordConfirm: NEW_PASSWORD,
    });
    const created = await inviteUser(db.prisma, w.admin, input);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(user).toMatchObject({ email: "nora.ny@example.se", role: "SAMORDNARE", isActive: true });
    expect(await verifyPassword(user.passwordHash, NEW_PASSWORD)).toBe(true);
    const audit = await onlyAuditRow("USER_CREATED");
    expect(audit).toMatchObject({ actorId: w.admin.id, data: { userId: created.id, role: "SAMORDNARE" } });
    expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
  });

  it("refuses a second account with the same e-mail, in any case, and writes no audit row for it", async () => {
    const input = {
      name: "Nora Ny",
      email: "nora.ny@example.se",
      role: "SAMORDNARE" as const,
      password: NEW_PASSWORD,
      passwordConfirm: NEW_PASSWORD,
    };
    await inviteUser(db.prisma, w.admin, input);
    const error = await inviteUser(db.prisma, w.admin, {
      ...input,
      name: "Nora Dubblett",
      email: "NORA.NY@example.se",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "INVALID",
      message: "Det finns redan en användare med den e-postadressen.",
    });
    expect(await db.prisma.user.count({ where: { email: "nora.ny@example.se" } })).toBe(1);
    expect(await auditRows("USER_CREATED")).toHaveLength(1);
  });

  it("deactivates a user: ends their sessions, keeps the account and its history", async () => {
    await db.prisma.auditLog.create({
      data: { action: "SIGN_IN", actorId: w.colleague.id, actorLabel: w.colleague.id },
    });
    const before = await db.prisma.user.findUniqueOrThrow({ where: { id: w.colleague.id } });
    await expect(deactivateUser(db.prisma, w.admin, { userId: w.colleague.id })).resolves.toEqual({
      changed: true,
    });
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: w.colleague.id } });
    expect(after).toEqual({ ...before, isActive: false, sessionVersion: before.sessionVersion + 1 });
    expect(await db.prisma.auditLog.count({ where: { actorId: w.colleague.id, action: "SIGN_IN" } })).toBe(1);
    const audit = await onlyAuditRow("USER_DEACTIVATED");
    expect(audit).toMatchObject({
      actorId: w.admin.id,
      data: { userId: w.colleague.id, isActiveFrom: true, isActiveTo: false },
    });
    // Listed still, as deactivated.
    const listed = await listUsers(db.prisma, w.admin);
    expect(listed.find((user) => user.id === w.colleague.id)).toMatchObject({ isActive: false });
  });

  it("does nothing when deactivating a user who is already deactivated", async () => {
    await deactivateUser(db.prisma, w.admin, { userId: w.colleague.id });
    const before = await snapshot();
    await expect(deactivateUser(db.prisma, w.admin, { userId: w.colleague.id })).resolves.toEqual({
      changed: false,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to let an administrator deactivate themself or change their own role", async () => {
    const before = await snapshot();
    await expect(deactivateUser(db.prisma, w.admin, { userId: w.admin.id })).rejects.toMatchObject({
      code: "INVALID",
      message: "Du kan inte avaktivera dig själv. Be en annan administratör.",
    });
    await expect(
      changeUserRole(db.prisma, w.admin, { userId: w.admin.id, role: "SAMORDNARE" }),
    ).rejects.toMatchObject({
      code: "INVALID",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("reactivates a user with their old password and role", async () => {
    await deactivateUser(db.prisma, w.admin, { userId: w.colleague.id });
    await reactivateUser(db.prisma, w.admin, { userId: w.colleague.id });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: w.colleague.id } });
    expect(user).toMatchObject({ isActive: true, role: "SAMORDNARE", passwordHash, sessionVersion: 1 });
    const audit = await onlyAuditRow("USER_UPDATED");
    expect(audit.data).toEqual({ userId: w.colleague.id, isActiveFrom: false, isActiveTo: true });
    await expect(reactivateUser(db.prisma, w.admin, { userId: w.colleague.id })).resolves.toEqual({
      changed: false,
    });
    expect(await auditRows("USER_UPDATED")).toHaveLength(1);
  });

  it("changes a user's role with an audit row of old and new role", async () => {
    await changeUserRole(db.prisma, w.admin, { userId: w.colleague.id, role: "ARBETSGRUPP" });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: w.colleague.id } })).role).toBe(
      "ARBETSGRUPP",
    );
    const audit = await onlyAuditRow("USER_UPDATED");
    expect(audit.data).toEqual({ userId: w.colleague.id, roleFrom: "SAMORDNARE", roleTo: "ARBETSGRUPP" });
    await expect(
      changeUserRole(db.prisma, w.admin, { userId: w.colleague.id, role: "ARBETSGRUPP" }),
    ).resolves.toEqual({ changed: false, pending: false });
    expect(await auditRows("USER_UPDATED")).toHaveLength(1);
  });

  it("resets a password: the new one works, the old one does not, and open sessions end", async () => {
    const before = await db.prisma.user.findUniqueOrThrow({ where: { id: w.colleague.id } });
    const result = await resetUserPassword(db.prisma, w.admin, {
      userId: w.colleague.id,
      password: NEW_PASSWORD,
      passwordConfirm: NEW_PASSWORD,
    });
    expect(result).toEqual({ isOwnAccount: false, pending: false });
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: w.colleague.id } });
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(after.passwordHash, PASSWORD)).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const audit = await onlyAuditRow("USER_PASSWORD_RESET");
    expect(audit).toMatchObject({ actorId: w.admin.id, data: { userId: w.colleague.id } });
    expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
  });

  it("tells an administrator who resets their own password that they are signed out", async () => {
    await expect(
      resetUserPassword(db.prisma, w.admin, {
        userId: w.admin.id,
        password: NEW_PASSWORD,
        passwordConfirm: NEW_PASSWORD,
      }),
    ).resolves.toEqual({ isOwnAccount: true, pending: false });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: w.admin.id } })).sessionVersion).toBe(1);
  });

  it("answers NOT_FOUND for a user who does not exist, writing nothing", async () => {
    const before = await snapshot();
    await expect(deactivateUser(db.prisma, w.admin, { userId: "finns-inte" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      resetUserPassword(db.prisma, w.admin, {
        userId: "finns-inte",
        password: NEW_PASSWORD,
        passwordConfirm: NEW_PASSWORD,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("organisations, areas and categories", () => {
  it("adds, renames and deactivates an organisation with audit rows of old and new values", async () => {
    const created = await createOrganisation(db.prisma, w.admin, {
      name: "Båstads kommun",
      huvudman: "KOMMUN",
      sortOrder: 20,
      emailDomains: ["bastad.se"],
    });
    await updateOrganisation(db.prisma, w.admin, {
      id: created.id,
      name: "Båstad kommun",
      huvudman: "OVRIG",
      sortOrder: 20,
      emailDomains: ["bastad.se", "skane.se"],
    });
    await setOrganisationActive(db.prisma, w.admin, { id: created.id, isActive: false });
    expect(await db.prisma.organisation.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      name: "Båstad kommun",
      huvudman: "OVRIG",
      isActive: false,
    });
    expect((await auditRows("ORGANISATION_CHANGED")).map((row) => row.data)).toEqual([
      {
        organisationId: created.id,
        change: "created",
        nameFrom: null,
        nameTo: "Båstads kommun",
        huvudmanFrom: null,
        huvudmanTo: "KOMMUN",
        sortOrderFrom: null,
        sortOrderTo: 20,
        emailDomainsFrom: null,
        emailDomainsTo: "bastad.se",
      },
      {
        organisationId: created.id,
        change: "updated",
        nameFrom: "Båstads kommun",
        nameTo: "Båstad kommun",
        huvudmanFrom: "KOMMUN",
        huvudmanTo: "OVRIG",
        emailDomainsFrom: "bastad.se",
        emailDomainsTo: "bastad.se, skane.se",
      },
      { organisationId: created.id, change: "deactivated", isActiveFrom: true, isActiveTo: false },
    ]);
  });

  it("writes no audit row when an organisation is saved unchanged or deactivated twice", async () => {
    await setOrganisationActive(db.prisma, w.admin, { id: w.organisationId, isActive: false });
    await expect(
      setOrganisationActive(db.prisma, w.admin, { id: w.organisationId, isActive: false }),
    ).resolves.toEqual({ changed: false });
    await expect(
      updateOrganisation(db.prisma, w.admin, {
        id: w.organisationId,
        name: "Höganäs kommun",
        huvudman: "KOMMUN",
        sortOrder: 10,
        emailDomains: [],
      }),
    ).resolves.toEqual({ changed: false });
    expect(await auditRows("ORGANISATION_CHANGED")).toHaveLength(1);
  });

  it("refuses a second organisation with the same name and an area code already in use", async () => {
    const before = await snapshot();
    await expect(
      createOrganisation(db.prisma, w.admin, {
        name: "Höganäs kommun",
        huvudman: "KOMMUN",
        sortOrder: 1,
        emailDomains: [],
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: "Det finns redan en organisation med det namnet.",
    });
    await expect(
      createArea(db.prisma, w.admin, { code: "SIP", name: "Annat", sortOrder: 1 }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: "Det finns redan ett område med den koden.",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("adds, renames, deactivates and reactivates an area, keeping its code", async () => {
    const area = await createArea(db.prisma, w.admin, { code: "SVU", name: "SVU", sortOrder: 20 });
    await updateArea(db.prisma, w.admin, {
      id: area.id,
      name: "SVU (samordnad vårdplanering)",
      sortOrder: 25,
    });
    await setAreaActive(db.prisma, w.admin, { id: area.id, isActive: false });
    await setAreaActive(db.prisma, w.admin, { id: area.id, isActive: true });
    expect(await db.prisma.area.findUniqueOrThrow({ where: { id: area.id } })).toMatchObject({
      code: "SVU",
      name: "SVU (samordnad vårdplanering)",
      sortOrder: 25,
      isActive: true,
    });
    expect((await auditRows("AREA_CHANGED")).map((row) => row.data)).toEqual([
      {
        areaId: area.id,
        change: "created",
        codeFrom: null,
        codeTo: "SVU",
        nameFrom: null,
        nameTo: "SVU",
        sortOrderFrom: null,
        sortOrderTo: 20,
      },
      {
        areaId: area.id,
        change: "updated",
        nameFrom: "SVU",
        nameTo: "SVU (samordnad vårdplanering)",
        sortOrderFrom: 20,
        sortOrderTo: 25,
      },
      { areaId: area.id, change: "deactivated", isActiveFrom: true, isActiveTo: false },
      { areaId: area.id, change: "reactivated", isActiveFrom: false, isActiveTo: true },
    ]);
  });

  it("adds, renames and deactivates a category of a year with audit rows of old and new values", async () => {
    const category = await createCategory(db.prisma, w.admin, {
      year: 2026,
      name: "kompetens",
      sortOrder: 30,
    });
    await updateCategory(db.prisma, w.admin, {
      id: category.id,
      name: "kompetens och bemanning",
      sortOrder: 30,
    });
    await setCategoryActive(db.prisma, w.admin, { id: category.id, isActive: false });
    expect(await db.prisma.category.findUniqueOrThrow({ where: { id: category.id } })).toMatchObject({
      year: 2026,
      name: "kompetens och bemanning",
      isActive: false,
    });
    expect((await auditRows("CATEGORY_CHANGED")).map((row) => row.data)).toEqual([
      {
        categoryId: category.id,
        change: "created",
        yearFrom: null,
        yearTo: 2026,
        nameFrom: null,
        nameTo: "kompetens",
        sortOrderFrom: null,
        sortOrderTo: 30,
      },
      {
        categoryId: category.id,
        year: 2026,
        change: "updated",
        nameFrom: "kompetens",
        nameTo: "kompetens och bemanning",
      },
      { categoryId: category.id, year: 2026, change: "deactivated", isActiveFrom: true, isActiveTo: false },
    ]);
    // Deactivated categories stay in their year's list.
    const { categories } = await listCategories(db.prisma, w.admin, 2026);
    expect(categories.find((c) => c.id === category.id)).toMatchObject({ isActive: false });
  });

  it("refuses renaming a category to a name its year already has", async () => {
    await expect(
      updateCategory(db.prisma, w.admin, { id: w.categoryId, name: "rutiner", sortOrder: 10 }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: "Det finns redan en kategori med det namnet det året.",
    });
    expect((await db.prisma.category.findUniqueOrThrow({ where: { id: w.categoryId } })).name).toBe(
      "kommunikation",
    );
    expect(await auditRows("CATEGORY_CHANGED")).toEqual([]);
  });

  it("copies a year's active categories to a new year once, however often it is run, leaving the source year as it was", async () => {
    const inactive = await db.prisma.category.create({
      data: { year: 2026, name: "gammal kategori", isActive: false },
    });
    const source = await db.prisma.category.findMany({ where: { year: 2026 }, orderBy: { id: "asc" } });
    const input = ZCopyCategories.parse({ fromYear: "2026", toYear: "2027" });
    await expect(copyCategories(db.prisma, w.admin, input)).resolves.toEqual({ created: 2, skipped: 0 });
    await expect(copyCategories(db.prisma, w.admin, input)).resolves.toEqual({ created: 0, skipped: 2 });
    const copied = await db.prisma.category.findMany({
      where: { year: 2027 },
      orderBy: { sortOrder: "asc" },
    });
    expect(copied.map((c) => [c.name, c.sortOrder, c.isActive])).toEqual([
      ["kommunikation", 10, true],
      ["rutiner", 20, true],
    ]);
    expect(copied.map((c) => c.name)).not.toContain(inactive.name);
    expect(await db.prisma.category.findMany({ where: { year: 2026 }, orderBy: { id: "asc" } })).toEqual(
      source,
    );
    expect((await auditRows("CATEGORY_CHANGED")).map((row) => row.data)).toEqual([
      { change: "copied", fromYear: 2026, toYear: 2027, created: 2 },
    ]);
  });

  it("refuses to copy from a year without active categories", async () => {
    await expect(copyCategories(db.prisma, w.admin, { fromYear: 2030, toYear: 2031 })).rejects.toMatchObject({
      code: "INVALID",
      message: "2030 har inga aktiva kategorier att kopiera.",
    });
    expect(await db.prisma.category.count({ where: { year: 2031 } })).toBe(0);
  });
});

describe("settings", () => {
  it("shows saved instance settings on this instance's pages at once, on another's within the cache's lifetime", async () => {
    const otherInstance = { setting: db.prisma.setting };
    const start = Date.now();
    expect((await getInstanceSettingsCached(db.prisma)).samradName).toBe(
      DEFAULT_INSTANCE_SETTINGS.samradName,
    );
    expect((await getInstanceSettingsCached(otherInstance, start)).samradName).toBe(
      DEFAULT_INSTANCE_SETTINGS.samradName,
    );
    const form = ZInstanceSettingsForm.parse({
      ...DEFAULT_INSTANCE_SETTINGS,
      samradName: "Samrådet i norr",
      coordinatorRoles: DEFAULT_INSTANCE_SETTINGS.coordinatorRoles.join("\n"),
      coordinatorMailboxes: DEFAULT_INSTANCE_SETTINGS.coordinatorMailboxes.join("\n"),
      accessibilityKnownIssues: DEFAULT_INSTANCE_SETTINGS.accessibilityKnownIssues.join("\n"),
    });
    await updateInstanceSettings(db.prisma, w.admin, form);
    expect((await getInstanceSettingsCached(db.prisma)).samradName).toBe("Samrådet i norr");
    // The other instance still has its copy, until its lifetime is over.
    expect((await getInstanceSettingsCached(otherInstance, start + 1)).samradName).toBe(
      DEFAULT_INSTANCE_SETTINGS.samradName,
    );
    const later = start + INSTANCE_SETTINGS_TTL_MS + 1;
    expect((await getInstanceSettingsCached(otherInstance, later)).samradName).toBe("Samrådet i norr");
  });

  it("saves the instance settings and audits the changed fields, the routine's text only as changed", async () => {
    const routineText = "Ring alltid samverkansparten samma dag och anteckna vem du talade med.";
    const form = ZInstanceSettingsForm.parse({
      ...DEFAULT_INSTANCE_SETTINGS,
      samradName: "Delregionalt samråd Sydväst",
      coordinatorRoles: DEFAULT_INSTANCE_SETTINGS.coordinatorRoles.join("\n"),
      coordinatorMailboxes: "Samordnare@Kommun.se\n\nsuicidprevention@kommun.se\n",
      routineSteps: [{ title: "Lös problemet för individen", text: routineText }],
      accessibilityKnownIssues: DEFAULT_INSTANCE_SETTINGS.accessibilityKnownIssues.join("\n"),
    });
    await expect(updateInstanceSettings(db.prisma, w.admin, form)).resolves.toBe(true);
    const saved = await getInstanceSettings(db.prisma);
    expect(saved).toMatchObject({
      samradName: "Delregionalt samråd Sydväst",
      coordinatorMailboxes: ["samordnare@kommun.se", "suicidprevention@kommun.se"],
      routineSteps: [{ title: "Lös problemet för individen", text: routineText }],
    });
    const audit = await onlyAuditRow("SETTINGS_CHANGED");
    expect(audit).toMatchObject({ actorId: w.admin.id, reportId: null });
    expect(audit.data).toEqual({
      key: "instance",
      samradNameFrom: DEFAULT_INSTANCE_SETTINGS.samradName,
      samradNameTo: "Delregionalt samråd Sydväst",
      coordinatorMailboxesFrom: DEFAULT_INSTANCE_SETTINGS.coordinatorMailboxes.join(", "),
      coordinatorMailboxesTo: "samordnare@kommun.se, suicidprevention@kommun.se",
      routineStepsChanged: true,
    });
    expect(JSON.stringify(audit.data)).not.toContain("samverkansparten samma dag");

    // Saving the same values again changes nothing and logs nothing.
    await expect(updateInstanceSettings(db.prisma, w.admin, form)).resolves.toBe(false);
    expect(await auditRows("SETTINGS_CHANGED")).toHaveLength(1);
  });

  it("takes the host's main colour only when white text on it is readable", async () => {
    const base = {
      ...DEFAULT_INSTANCE_SETTINGS,
      coordinatorRoles: DEFAULT_INSTANCE_SETTINGS.coordinatorRoles.join("\n"),
      coordinatorMailboxes: DEFAULT_INSTANCE_SETTINGS.coordinatorMailboxes.join("\n"),
      accessibilityKnownIssues: "Diagrammen är bilder; siffrorna finns i tabeller.",
    };
    const light = ZInstanceSettingsForm.safeParse({ ...base, brandColour: "#FFCC00" });
    expect(light.success).toBe(false);
    expect(light.error!.issues[0]!.message).toMatch(/^Färgen är för ljus: kontrasten mot vit text/);
    const form = ZInstanceSettingsForm.parse({ ...base, brandColour: "#6A1B9A" });
    await updateInstanceSettings(db.prisma, w.admin, form);
    const saved = await getInstanceSettings(db.prisma);
    expect(saved.brandColour).toBe("#6a1b9a");
    expect(saved.accessibilityKnownIssues).toEqual(["Diagrammen är bilder; siffrorna finns i tabeller."]);
    const audit = await onlyAuditRow("SETTINGS_CHANGED");
    expect(audit.data).toMatchObject({
      brandColourFrom: "",
      brandColourTo: "#6a1b9a",
      accessibilityKnownIssuesChanged: true,
    });
  });

  it("saves reminder periods and retention times with audit rows of old and new values", async () => {
    await updateReminderSettings(db.prisma, w.admin, { noFeedbackDays: 14, delTvaMissingDays: 60 });
    const retentionBefore = await getRetentionSettings(db.prisma);
    await updateRetentionSettings(db.prisma, w.admin, {
      draftExpiryDays: 30,
      partnerLinkDays: retentionBefore.partnerLinkDays,
      caseRetentionYears: retentionBefore.caseRetentionYears,
    });
    expect(await getReminderSettings(db.prisma)).toEqual({ noFeedbackDays: 14, delTvaMissingDays: 60 });
    expect((await getAdminSettings(db.prisma, w.admin)).retention.draftExpiryDays).toBe(30);
    expect((await auditRows("SETTINGS_CHANGED")).map((row) => row.data)).toEqual([
      { key: "reminders", noFeedbackDaysFrom: 30, noFeedbackDaysTo: 14 },
      { key: "retention", draftExpiryDaysFrom: retentionBefore.draftExpiryDays, draftExpiryDaysTo: 30 },
    ]);
  });
});

describe("outbox", () => {
  it("shows the mail newest first and audits each read", async () => {
    await db.prisma.outboxMail.create({
      data: {
        to: "rapportor@example.se",
        subject: "Återkoppling",
        body: "Se /uppfoljning",
        createdAt: new Date(Date.now() + 1000),
      },
    });
    const outbox = await listOutbox(db.prisma, w.admin, { page: 7 });
    expect(outbox).toMatchObject({ total: 2, unsent: 2, page: 1, pageCount: 1 });
    expect(outbox.mails.map((mail) => mail.subject)).toEqual(["Återkoppling", "Ny brist"]);
    const audit = await onlyAuditRow("OUTBOX_VIEWED");
    expect(audit).toMatchObject({ actorId: w.admin.id, data: { page: 1, shown: 2 } });
  });

  it("masks every recipient but the coordinators' role mailboxes, so it never tells who reported what", async () => {
    await db.prisma.setting.upsert({
      where: { key: INSTANCE_SETTINGS_KEY },
      create: {
        key: INSTANCE_SETTINGS_KEY,
        value: { coordinatorMailboxes: ["samordnare@kommun.example.se"] },
      },
      update: { value: { coordinatorMailboxes: ["samordnare@kommun.example.se"] } },
    });
    for (const to of ["anna.berg@halsa.se", "samordnare@kommun.example.se"]) {
      await db.prisma.outboxMail.create({
        data: { to, subject: "Kvitto: BIS-2026-0042", body: "Se /uppfoljning" },
      });
    }
    const { mails } = await listOutbox(db.prisma, w.admin, { page: 1 });
    const recipients = mails.map((mail) => mail.to);
    expect(recipients).toContain("a…@h…a.se");
    expect(recipients).toContain("samordnare@kommun.example.se");
    expect(recipients).not.toContain("anna.berg@halsa.se");
    // Stored as sent: the mask is for the page, not the record.
    expect(await db.prisma.outboxMail.count({ where: { to: "anna.berg@halsa.se" } })).toBe(1);
  });
});
