import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn, signOut } from "./file-brist";
import { expectAccessible, expectNoSidewaysScroll } from "./helpers";
import { E2E_PASSWORD, E2E_SECOND_ADMIN, E2E_USERS } from "./users";

const PASSWORD = "e2e-andra-admin-losenord";

/** A unique e-mail per run: with DATABASE_URL the e2e database outlives a run. */
function uniqueEmail(name: string) {
  return `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@e2e.test`;
}

async function createUser(page: Page, user: { name: string; email: string; role: RegExp }) {
  await page.goto("/admin/anvandare/ny");
  await page.getByRole("textbox", { name: "Namn" }).fill(user.name);
  await page.getByRole("textbox", { name: "E-postadress" }).fill(user.email);
  await page.getByRole("group", { name: "Roll" }).getByRole("radio", { name: user.role }).check();
  await page.getByLabel("Första lösenord").fill(PASSWORD);
  await page.getByLabel("Upprepa lösenordet").fill(PASSWORD);
  await page.getByRole("button", { name: "Skapa kontot" }).click();
  await expect(page).toHaveURL(/\/admin\/anvandare\/[^/?]+\?skapad=1$/);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

async function deactivate(page: Page, id: string) {
  await page.goto(`/admin/anvandare/${id}`);
  await page.getByRole("button", { name: "Avaktivera", exact: true }).click();
  await page.getByRole("button", { name: "Ja, avaktivera" }).click();
  await expect(page.getByText("Användaren är avaktiverad och utloggad.")).toBeVisible();
}

/** At a 320 px viewport the region ends inside the window and nothing in it scrolls sideways. */
async function expectFitsIn320(region: Locator) {
  const { right, scrollWidth, clientWidth } = await region.evaluate((el) => ({
    right: el.getBoundingClientRect().right,
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(right).toBeLessThanOrEqual(320);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

const roleOf = (page: Page) => page.getByRole("definition").filter({ hasText: /^(Samordnare|Arbetsgrupp)$/ });

test("a role that reads cases waits for a second administrator, who approves it; the requester cannot", async ({
  page,
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const secondAdmin = { name: `${E2E_SECOND_ADMIN.name} ${stamp}`, email: uniqueEmail("admin2") };
  const target = { name: `Tove Rollbyte ${stamp}`, email: uniqueEmail("tove") };

  // Admin A, the only active administrator, adds the account to change and a second administrator.
  await signIn(page, E2E_USERS.ADMIN.email, E2E_PASSWORD);
  const targetId = await createUser(page, { ...target, role: /^Arbetsgrupp:/ });
  const secondAdminId = await createUser(page, { ...secondAdmin, role: /^Administratör:/ });
  try {
    // A asks for SAMORDNARE: with two administrators the change waits.
    await page.goto(`/admin/anvandare/${targetId}`);
    await page
      .getByRole("group", { name: "Roll" })
      .getByRole("radio", { name: /^Samordnare:/ })
      .check();
    await page.getByRole("button", { name: "Spara rollen" }).click();
    await expect(
      page.getByText("Ändringen väntar på att en annan administratör godkänner den under Administration."),
    ).toBeVisible();
    await page.reload();
    await expect(roleOf(page)).toHaveText("Arbetsgrupp");

    // It is listed in /admin, and A has no button to approve it.
    await page.goto("/admin");
    const waiting = page.getByRole("region", { name: "Väntar på godkännande" });
    const request = waiting.getByRole("listitem").filter({ hasText: target.name });
    await expect(request).toContainText(`${target.name}: ny roll till Samordnare`);
    await expect(request).toContainText(`Begärd av ${E2E_USERS.ADMIN.name}`);
    await expect(request).toContainText("Du begärde ändringen. En annan administratör behöver godkänna den.");
    await expect(request.getByRole("button", { name: /^Godkänn/ })).toHaveCount(0);
    await expectAccessible(page);
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1280, height: 720 });

    // Admin B signs in and approves it.
    await signOut(page);
    await signIn(page, secondAdmin.email, PASSWORD);
    await page.goto("/admin");
    const toApprove = page
      .getByRole("region", { name: "Väntar på godkännande" })
      .getByRole("listitem")
      .filter({ hasText: target.name });
    await expect(toApprove).toContainText(`Begärd av ${E2E_USERS.ADMIN.name}`);
    await expectAccessible(page);
    await toApprove.getByRole("button", { name: `Godkänn: ${target.name}, ny roll` }).click();
    // The request leaves the list (and with it the button and its message).
    await expect(page.getByRole("listitem").filter({ hasText: target.name })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("listitem").filter({ hasText: target.name })).toHaveCount(0);
    await expectAccessible(page);

    // The change has taken effect: the account is a coordinator and reaches the inbox.
    await page.goto(`/admin/anvandare/${targetId}`);
    await expect(roleOf(page)).toHaveText("Samordnare");
    await expectAccessible(page);
    const targetContext = await browser.newContext();
    const targetPage = await targetContext.newPage();
    await signIn(targetPage, target.email, PASSWORD);
    await targetPage.goto("/inkorg");
    await expect(targetPage.getByRole("heading", { level: 1, name: "Inkorg" })).toBeVisible();
    await targetContext.close();

    await page.goto("/admin/logg?handelse=PRIVILEGED_CHANGE_APPROVED");
    await expect(page.getByRole("row").filter({ hasText: targetId })).toHaveCount(1);
    await signOut(page);
  } finally {
    // Back to one administrator for the tests that follow.
    await page.context().clearCookies();
    await signIn(page, E2E_USERS.ADMIN.email, E2E_PASSWORD);
    await deactivate(page, secondAdminId);
    await deactivate(page, targetId);
  }
});

test("an SSO-only account is allowed a password again; the user chooses it through the mailed link", async ({
  page,
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const user = { name: `Siri Ssokonto ${stamp}`, email: uniqueEmail("siri") };
  await signIn(page, E2E_USERS.ADMIN.email, E2E_PASSWORD);
  const id = await createUser(page, { ...user, role: /^Arbetsgrupp:/ });
  try {
    await page.getByRole("button", { name: "Tillåt bara inloggning via SSO" }).click();
    await page.getByRole("button", { name: "Ja, endast SSO" }).click();
    // The "Endast SSO" section goes, and "Tillåt lösenord igen" takes its place.
    const section = page.getByRole("region", { name: "Tillåt lösenord igen" });
    await expect(section).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: /^Endast SSO/ })).toBeVisible();
    await page.reload();
    await expect(section).toContainText("Användaren får ett mejl med en länk");
    await expectAccessible(page);
    await page.setViewportSize({ width: 320, height: 800 });
    await expectFitsIn320(section);
    await expectNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    await section.getByRole("button", { name: "Tillåt lösenord igen" }).click();
    await section.getByRole("button", { name: "Ja, skicka länken" }).click();
    await expect(
      page.getByRole("definition").filter({ hasText: "länken för att välja lösenord är inte använd än" }),
    ).toBeVisible();

    // Without SMTP the mail waits in the outbox, where the administrator can forward it.
    await page.goto("/admin/utkorg");
    const mail = page
      .getByRole("list", { name: /^Meddelanden, sida/ })
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Välj ett lösenord" }) })
      .first();
    await mail.getByText("Visa meddelandet").click();
    const link = /\/valj-losenord\/[A-Za-z0-9_-]+/.exec((await mail.textContent()) ?? "")?.[0];
    expect(link).toBeDefined();

    const userContext = await browser.newContext();
    const userPage = await userContext.newPage();
    await userPage.goto(link!);
    await expect(userPage.getByRole("heading", { level: 1, name: "Välj lösenord" })).toBeVisible();
    await expectAccessible(userPage);
    // A common password is refused with the Swedish message, and what was typed stays.
    await userPage.getByLabel("Nytt lösenord").fill("Sunshine2024!!");
    await userPage.getByLabel("Upprepa lösenordet").fill("Sunshine2024!!");
    await userPage.getByRole("button", { name: "Spara lösenordet" }).click();
    await expect(userPage.getByText("Lösenordet är för vanligt").first()).toBeVisible();
    await expect(userPage.getByLabel("Nytt lösenord")).toHaveValue("Sunshine2024!!");

    const chosen = "gurka tavla cykel moln";
    await userPage.getByLabel("Nytt lösenord").fill(chosen);
    await userPage.getByLabel("Upprepa lösenordet").fill(chosen);
    await userPage.getByRole("button", { name: "Spara lösenordet" }).click();
    await expect(userPage.getByText("Lösenordet är sparat.")).toBeVisible();
    await expectAccessible(userPage);

    await signIn(userPage, user.email, chosen);
    await expect(userPage).not.toHaveURL(/\/logga-in/);
    await userContext.clearCookies();
    // The link works once.
    await userPage.goto(link!);
    await expect(userPage.getByText("Länken gäller inte längre")).toBeVisible();
    await userContext.close();
  } finally {
    await deactivate(page, id);
  }
});
