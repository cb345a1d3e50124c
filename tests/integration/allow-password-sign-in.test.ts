import { beforeEach, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/assert-permission";
import { verifyPassword } from "@/lib/auth/passwords";
import { listOutbox } from "@/lib/mail/list-outbox";
import { approvePrivilegedChange, listPendingChanges } from "@/lib/privileged-changes/requests";
import { allowPasswordSignIn } from "@/lib/users/allow-password-sign-in";
import { choosePassword } from "@/lib/users/choose-password";
import { getUser } from "@/lib/users/get-user";
import { makeSsoOnly } from "@/lib/users/make-sso-only";
import { findPasswordLinkUser } from "@/lib/users/password-link";
import { createStaff, setCoordinatorMailboxes } from "../setup/db-helpers";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const CHOSEN = "gurka tavla cykel moln";
const MAILBOX = "samordnare@kommun.se";
const LINK_GONE = "Länken gäller inte längre";

const staff = (role: Role, email: string) => createStaff(db.prisma, role, email);
const account = (id: string) => db.prisma.user.findUniqueOrThrow({ where: { id } });
/** The audit log after the set-up's "Endast SSO" (the log is append-only). */
const actions = async () =>
  (await db.prisma.auditLog.findMany({ orderBy: { id: "asc" } })).map((r) => r.action).slice(1);

/** The token in the link of the last mail to `to`. */
async function linkTokenMailedTo(to: string) {
  const mail = await db.prisma.outboxMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  expect(mail.subject).toBe("Välj ett lösenord");
  const match = /\/valj-losenord\/([A-Za-z0-9_-]+)/.exec(mail.body);
  expect(match).not.toBeNull();
  return match![1]!;
}

let ada: Actor;
let sara: Actor;
beforeEach(async () => {
  ada = await staff("ADMIN", "ada@kommun.se");
  sara = await staff("SAMORDNARE", "sara@kommun.se");
  await setCoordinatorMailboxes(db.prisma, [MAILBOX]);
  await makeSsoOnly(db.prisma, ada, { userId: sara.id }, true);
});

describe("with a single administrator", () => {
  it("switches SSO only off, mails a link, and the user chooses a password with it once", async () => {
    const before = await account(sara.id);
    await expect(allowPasswordSignIn(db.prisma, ada, { userId: sara.id })).resolves.toEqual({
      pending: false,
    });

    const allowed = await account(sara.id);
    expect(allowed.ssoOnly).toBe(false);
    // No password yet: nothing signs in until the user chooses one.
    expect(await verifyPassword(allowed.passwordHash, "")).toBe(false);
    expect((await getUser(db.prisma, ada, sara.id))?.password).toBe("LINK");

    const token = await linkTokenMailedTo("sara@kommun.se");
    expect(await findPasswordLinkUser(db.prisma, token)).toMatchObject({ id: sara.id });
    // A privileged change without a second administrator: flagged and announced, as a password reset is.
    const notice = await db.prisma.outboxMail.findFirstOrThrow({ where: { to: MAILBOX } });
    expect(notice.body).toContain("har fått lösenordsinloggning igen");

    await expect(
      choosePassword(db.prisma, { token, password: CHOSEN, passwordConfirm: CHOSEN }),
    ).resolves.toEqual({ email: "sara@kommun.se" });
    const chosen = await account(sara.id);
    expect(await verifyPassword(chosen.passwordHash, CHOSEN)).toBe(true);
    expect(chosen.sessionVersion).toBe(before.sessionVersion + 1);
    expect((await getUser(db.prisma, ada, sara.id))?.password).toBe("SET");

    // The link works once.
    await expect(
      choosePassword(db.prisma, { token, password: "ett annat lösenord här", passwordConfirm: "x" }),
    ).rejects.toThrow(LINK_GONE);
    expect(await findPasswordLinkUser(db.prisma, token)).toBeNull();

    const log = await actions();
    expect(log).toEqual([
      "USER_UPDATED",
      "USER_PASSWORD_LINK_SENT",
      "PRIVILEGED_CHANGE_UNAPPROVED",
      "USER_PASSWORD_CHOSEN",
    ]);
    const updated = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: "USER_UPDATED" },
      orderBy: { id: "desc" },
    });
    expect(updated.data).toEqual({ userId: sara.id, ssoOnlyFrom: true, ssoOnlyTo: false });
    const chosenRow = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: "USER_PASSWORD_CHOSEN" },
    });
    expect(chosenRow.actorId).toBe(sara.id);
  });

  it("refuses an expired link, and a new link replaces the old one", async () => {
    await allowPasswordSignIn(db.prisma, ada, { userId: sara.id });
    const first = await linkTokenMailedTo("sara@kommun.se");
    const inEightDays = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000);
    await expect(
      choosePassword(db.prisma, { token: first, password: CHOSEN, passwordConfirm: CHOSEN }, inEightDays),
    ).rejects.toThrow(LINK_GONE);

    // The link was not used: the administrator may send a new one.
    await allowPasswordSignIn(db.prisma, ada, { userId: sara.id });
    const second = await linkTokenMailedTo("sara@kommun.se");
    expect(second).not.toBe(first);
    expect(await findPasswordLinkUser(db.prisma, first)).toBeNull();
    await choosePassword(db.prisma, { token: second, password: CHOSEN, passwordConfirm: CHOSEN });
    expect(await verifyPassword((await account(sara.id)).passwordHash, CHOSEN)).toBe(true);
  });

  it("shows the link in the outbox only while the mail is unsent", async () => {
    await allowPasswordSignIn(db.prisma, ada, { userId: sara.id });
    const token = await linkTokenMailedTo("sara@kommun.se");
    const body = async () =>
      (await listOutbox(db.prisma, ada, { page: 1 })).mails.find(
        (mail) => mail.subject === "Välj ett lösenord",
      )!.body;
    expect(await body()).toContain(`/valj-losenord/${token}`);
    await db.prisma.outboxMail.updateMany({ data: { sentAt: new Date() } });
    expect(await body()).not.toContain(token);
    expect(await body()).toContain("/valj-losenord/…");
  });

  it("refuses an account that already signs in with a password, and the administrator's own", async () => {
    const kim = await staff("ARBETSGRUPP", "kim@kommun.se");
    await expect(allowPasswordSignIn(db.prisma, ada, { userId: kim.id })).rejects.toThrow(
      "Kontot kan redan logga in med lösenord",
    );
    await expect(allowPasswordSignIn(db.prisma, ada, { userId: ada.id })).rejects.toThrow(
      "Du kan inte ändra hur du själv loggar in",
    );
  });

  it("refuses a common password chosen through the link, at the password field, and the link still works", async () => {
    await allowPasswordSignIn(db.prisma, ada, { userId: sara.id });
    const token = await linkTokenMailedTo("sara@kommun.se");
    await expect(
      choosePassword(db.prisma, { token, password: "Sunshine2024!!", passwordConfirm: "Sunshine2024!!" }),
    ).rejects.toMatchObject({
      message: expect.stringContaining("Lösenordet är för vanligt"),
      options: { field: "password" },
    });
    await expect(
      choosePassword(db.prisma, { token, password: CHOSEN, passwordConfirm: CHOSEN }),
    ).resolves.toEqual({ email: "sara@kommun.se" });
  });
});

describe("with two administrators", () => {
  let bo: Actor;
  beforeEach(async () => {
    bo = await staff("ADMIN", "bo@kommun.se");
  });

  it("a coordinator's password sign-in waits for the second administrator; the link is mailed once approved", async () => {
    await expect(allowPasswordSignIn(db.prisma, ada, { userId: sara.id })).resolves.toEqual({
      pending: true,
    });
    expect((await account(sara.id)).ssoOnly).toBe(true);
    expect(await db.prisma.outboxMail.count({ where: { to: "sara@kommun.se" } })).toBe(0);

    const [pending] = await listPendingChanges(db.prisma, bo);
    expect(pending).toMatchObject({ kind: "PASSWORD_RESET", passwordByLink: true, target: { id: sara.id } });
    await expect(approvePrivilegedChange(db.prisma, ada, { requestId: pending!.id })).rejects.toThrow(
      "Du kan inte godkänna din egen begäran",
    );
    expect((await account(sara.id)).ssoOnly).toBe(true);

    await approvePrivilegedChange(db.prisma, bo, { requestId: pending!.id });
    expect((await account(sara.id)).ssoOnly).toBe(false);
    const token = await linkTokenMailedTo("sara@kommun.se");
    await choosePassword(db.prisma, { token, password: CHOSEN, passwordConfirm: CHOSEN });
    expect(await verifyPassword((await account(sara.id)).passwordHash, CHOSEN)).toBe(true);
    expect(await actions()).toEqual([
      "PRIVILEGED_CHANGE_REQUESTED",
      "USER_UPDATED",
      "USER_PASSWORD_LINK_SENT",
      "PRIVILEGED_CHANGE_APPROVED",
      "USER_PASSWORD_CHOSEN",
    ]);
  });

  it("an account that reads only anonymised material needs no approval", async () => {
    const kim = await staff("ARBETSGRUPP", "kim@kommun.se");
    await makeSsoOnly(db.prisma, ada, { userId: kim.id }, true);
    await expect(allowPasswordSignIn(db.prisma, ada, { userId: kim.id })).resolves.toEqual({
      pending: false,
    });
    expect((await account(kim.id)).ssoOnly).toBe(false);
    await linkTokenMailedTo("kim@kommun.se");
  });
});
