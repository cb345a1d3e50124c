import { expect, test, type Page } from "@playwright/test";
import { TOTP_STEP_SECONDS, totpCode } from "../../lib/two-factor/totp";
import { signIn, signOut } from "./file-brist";
import { expectAccessible, tabTo } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

const PASSWORD = "e2e-tvasteg-losenord-2026";

/** A fresh coordinator per run, made through the admin form: the e2e database may outlive a run. */
async function createCoordinator(page: Page) {
  const email = `tvasteg-${Date.now().toString(36)}@e2e.test`;
  await signIn(page, E2E_USERS.ADMIN.email, E2E_PASSWORD);
  await page.goto("/admin/anvandare/ny");
  await page.getByRole("textbox", { name: "Namn" }).fill("Tova Tvåsteg");
  await page.getByRole("textbox", { name: "E-postadress" }).fill(email);
  await page
    .getByRole("group", { name: "Roll" })
    .getByRole("radio", { name: /^Samordnare:/ })
    .check();
  await page.getByLabel("Första lösenord").fill(PASSWORD);
  await page.getByLabel("Upprepa lösenordet").fill(PASSWORD);
  await page.getByRole("button", { name: "Skapa kontot" }).click();
  await expect(page).toHaveURL(/\?skapad=1$/);
  await signOut(page);
  return email;
}

/** A code is accepted once: the next sign-in waits for the app's next code. */
async function waitForNextCode(page: Page) {
  const intoStep = Date.now() % (TOTP_STEP_SECONDS * 1000);
  await page.waitForTimeout(TOTP_STEP_SECONDS * 1000 - intoStep + 500);
}

test("a coordinator enrols by keyboard only, then signs in with the app's code", async ({ page }) => {
  test.setTimeout(120_000);
  const email = await createCoordinator(page);
  await signIn(page, email, PASSWORD);
  await page.goto("/konto/tvastegsverifiering");
  await expect(page.getByRole("heading", { level: 1, name: "Aktivera tvåstegsverifiering" })).toBeVisible();
  await expect(page.getByRole("img", { name: /QR-kod/ })).toBeVisible();
  await expectAccessible(page);

  // The key as the page shows it, for typing into an app by hand: what the test's "app" reads.
  const key = (await page.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).innerText()).replace(/\s/g, "");
  const codeField = page.getByRole("textbox", { name: "Kod från appen" });
  await tabTo(page, codeField);
  await page.keyboard.type("12345");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "Koden har sex siffror." })).toBeVisible();
  await tabTo(page, codeField);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(totpCode(key, new Date()));
  await page.keyboard.press("Enter");

  const codes = page.getByRole("list", { name: "Reservkoder" }).getByRole("listitem");
  await expect(page.getByRole("heading", { name: /Spara dina reservkoder/ })).toBeFocused();
  await expect(codes).toHaveCount(10);
  await expectAccessible(page);
  const recoveryCode = await codes.first().innerText();
  const onward = page.getByRole("link", { name: "Jag har sparat koderna, fortsätt" });
  await tabTo(page, onward);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Inkorg" })).toBeVisible();
  await signOut(page);

  // The password alone no longer signs in: the page asks for the code.
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(PASSWORD);
  await page.getByRole("button", { name: "Logga in" }).click();
  const code = page.getByRole("textbox", { name: "Kod" });
  await expect(code).toBeFocused();
  await expectAccessible(page);
  await code.fill("000000");
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Koden stämmer inte" })).toBeVisible();
  await expectAccessible(page);
  // A recovery code works in its place.
  await code.fill(recoveryCode);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inkorg" })).toBeVisible();
  await signOut(page);

  await waitForNextCode(page);
  await signIn(page, email, PASSWORD, { totpSecret: key });
  await expect(page.getByRole("heading", { level: 1, name: "Inkorg" })).toBeVisible();
  await page.goto("/konto/tvastegsverifiering");
  await expect(page.getByText("Du har 9 oanvända reservkoder av 10.")).toBeVisible();
  await expectAccessible(page);
});
