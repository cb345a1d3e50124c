import { beforeEach, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/assert-permission";
import { verifyPassword } from "@/lib/auth/passwords";
import { listFlaggedEvents } from "@/lib/audit/flagged-events";
import { approvePrivilegedChange, listPendingChanges } from "@/lib/privileged-changes/requests";
import { changeUserRole } from "@/lib/users/change-user-role";
import { inviteUser } from "@/lib/users/invite-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { createStaff, setCoordinatorMailboxes } from "../setup/db-helpers";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const NEW_PASSWORD = "ett-helt-annat-losenord-2";
const MAILBOX = "samordnare@kommun.se";

const staff = (role: Role, email: string) => createStaff(db.prisma, role, email);
const roleOf = async (id: string) => (await db.prisma.user.findUniqueOrThrow({ where: { id } })).role;
const actions = async () =>
  (await db.prisma.auditLog.findMany({ orderBy: { id: "asc" } })).map((r) => r.action);

let ada: Actor;
let kim: Actor;
beforeEach(async () => {
  ada = await staff("ADMIN", "ada@kommun.se");
  kim = await staff("ARBETSGRUPP", "kim@kommun.se");
  await setCoordinatorMailboxes(db.prisma, [MAILBOX]);
});

describe("with two administrators", () => {
  let bo: Actor;
  beforeEach(async () => {
    bo = await staff("ADMIN", "bo@kommun.se");
  });

  it("giving SAMORDNARE waits for the second administrator, who approves it", async () => {
    await expect(changeUserRole(db.prisma, ada, { userId: kim.id, role: "SAMORDNARE" })).resolves.toEqual({
      changed: false,
      pending: true,
    });
    expect(await roleOf(kim.id)).toBe("ARBETSGRUPP");
    const [pending] = await listPendingChanges(db.prisma, bo);
    expect(pending).toMatchObject({ kind: "ROLE_CHANGE", roleTo: "SAMORDNARE", target: { id: kim.id } });

    await expect(approvePrivilegedChange(db.prisma, ada, { requestId: pending!.id })).rejects.toThrow(
      "Du kan inte godkänna din egen begäran",
    );
    expect(await roleOf(kim.id)).toBe("ARBETSGRUPP");
    await approvePrivilegedChange(db.prisma, bo, { requestId: pending!.id });
    expect(await roleOf(kim.id)).toBe("SAMORDNARE");
    expect(await listPendingChanges(db.prisma, bo)).toEqual([]);
    await expect(approvePrivilegedChange(db.prisma, bo, { requestId: pending!.id })).rejects.toThrow(
      "redan avgjord",
    );
    expect(await actions()).toEqual([
      "PRIVILEGED_CHANGE_REQUESTED",
      "USER_UPDATED",
      "PRIVILEGED_CHANGE_APPROVED",
    ]);
  });

  it("a coordinator's new password waits too, and the password is set only when approved", async () => {
    const sara = await staff("SAMORDNARE", "sara@kommun.se");
    const result = await resetUserPassword(db.prisma, ada, {
      userId: sara.id,
      password: NEW_PASSWORD,
      passwordConfirm: NEW_PASSWORD,
    });
    expect(result).toEqual({ isOwnAccount: false, pending: true });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: sara.id } })).passwordHash).toBe("x");
    const [pending] = await listPendingChanges(db.prisma, bo);
    await approvePrivilegedChange(db.prisma, bo, { requestId: pending!.id });
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: sara.id } });
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    // The waiting hash is gone from the request once decided.
    expect(
      (await db.prisma.privilegedChangeRequest.findUniqueOrThrow({ where: { id: pending!.id } }))
        .passwordHash,
    ).toBeNull();
  });

  it("expires after seven days: no longer listed, and approving it is refused", async () => {
    const requestedAt = new Date(Date.now() - 8 * 86_400_000);
    await changeUserRole(db.prisma, ada, { userId: kim.id, role: "ADMIN" });
    const request = await db.prisma.privilegedChangeRequest.findFirstOrThrow();
    await db.prisma.privilegedChangeRequest.update({ where: { id: request.id }, data: { requestedAt } });
    expect(await listPendingChanges(db.prisma, bo)).toEqual([]);
    await expect(approvePrivilegedChange(db.prisma, bo, { requestId: request.id })).rejects.toThrow(
      "gått ut",
    );
    expect(await roleOf(kim.id)).toBe("ARBETSGRUPP");
    expect(
      (await db.prisma.privilegedChangeRequest.findUniqueOrThrow({ where: { id: request.id } })).state,
    ).toBe("EXPIRED");
  });

  it("a new coordinator account is inactive until a second administrator approves it", async () => {
    const input = {
      name: "Nora Ny",
      email: "nora@kommun.se",
      role: "SAMORDNARE" as const,
      password: NEW_PASSWORD,
      passwordConfirm: NEW_PASSWORD,
    };
    const nora = await inviteUser(db.prisma, ada, input);
    expect(nora.pending).toBe(true);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: nora.id } })).isActive).toBe(false);
    const [pending] = await listPendingChanges(db.prisma, bo);
    expect(pending).toMatchObject({ kind: "ACCOUNT_ACTIVATION", target: { id: nora.id } });
    await approvePrivilegedChange(db.prisma, bo, { requestId: pending!.id });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: nora.id } })).isActive).toBe(true);
  });

  it("an ordinary change (to ARBETSGRUPP) goes through at once", async () => {
    const sara = await staff("SAMORDNARE", "sara@kommun.se");
    await expect(changeUserRole(db.prisma, ada, { userId: sara.id, role: "ARBETSGRUPP" })).resolves.toEqual({
      changed: true,
      pending: false,
    });
    expect(await db.prisma.privilegedChangeRequest.count()).toBe(0);
  });
});

describe("with a single administrator", () => {
  it("the change goes through, is flagged for the loggkontroll and announced to the coordinators' mailbox", async () => {
    await changeUserRole(db.prisma, ada, { userId: kim.id, role: "SAMORDNARE" });
    expect(await roleOf(kim.id)).toBe("SAMORDNARE");
    const flag = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: "PRIVILEGED_CHANGE_UNAPPROVED" },
    });
    expect(flag).toMatchObject({ actorId: ada.id, data: { kind: "ROLE_CHANGE", userId: kim.id } });
    const mail = await db.prisma.outboxMail.findFirstOrThrow({ where: { to: MAILBOX } });
    expect(mail.subject).toBe("Ändring av behörighet utan en andra administratör");
    expect(mail.body).toContain("kim (Samordnare) har fått en ny roll");
  });

  it("a new coordinator account is active at once, flagged and announced", async () => {
    const nora = await inviteUser(db.prisma, ada, {
      name: "Nora Ny",
      email: "nora@kommun.se",
      role: "SAMORDNARE",
      password: NEW_PASSWORD,
      passwordConfirm: NEW_PASSWORD,
    });
    expect(nora.pending).toBe(false);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: nora.id } })).isActive).toBe(true);
    const flag = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: "PRIVILEGED_CHANGE_UNAPPROVED" },
    });
    expect(flag.data).toEqual({ kind: "ACCOUNT_ACTIVATION", userId: nora.id });
    const mail = await db.prisma.outboxMail.findFirstOrThrow({ where: { to: MAILBOX } });
    expect(mail.body).toContain("Nora Ny (Samordnare) har fått ett nytt konto");
  });

  it("the loggkontroll flags the unapproved change and the new coordinator's case reads, not an old account's", async () => {
    const today = new Date();
    const period = {
      from: new Date(today.getTime() - 86_400_000),
      to: new Date(today.getTime() + 86_400_000),
    };
    const veteran = await createStaff(db.prisma, "SAMORDNARE", "vera@kommun.se", {
      name: "Vera",
      createdAt: new Date(today.getTime() - 90 * 86_400_000),
    });
    await changeUserRole(db.prisma, ada, { userId: kim.id, role: "SAMORDNARE" });
    await db.prisma.auditLog.create({ data: { action: "CASE_VIEWED", actorId: kim.id, actorLabel: kim.id } });
    await db.prisma.auditLog.create({
      data: { action: "CASE_VIEWED", actorId: veteran.id, actorLabel: veteran.id },
    });

    const flagged = await listFlaggedEvents(db.prisma, period);
    expect(flagged.unapproved.map((row) => row.actorId)).toEqual([ada.id]);
    expect(flagged.freshReads.map((row) => row.actorId)).toEqual([kim.id]);
  });
});
