import { expect, test } from "@playwright/test";
import { expectAccessibleWithoutJavaScript as expectAccessible } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

// Staff at locked-down computers: the sign-in posts to next-auth as a plain form.
test.use({ javaScriptEnabled: false });

test("without JavaScript a wrong password is refused in Swedish and the right one opens the inbox", async ({
  page,
}) => {
  await page.goto("/logga-in");
  await page.getByLabel("E-postadress").fill(E2E_USERS.SAMORDNARE.email);
  await page.getByLabel("Lösenord").fill("inte-det-ratta-losenordet");
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page).toHaveURL(/\/logga-in\?.*error=CredentialsSignin/);
  await expect(page.getByRole("alert").filter({ hasText: "Du kunde inte loggas in" })).toContainText(
    "Fel e-postadress eller lösenord",
  );
  await expectAccessible(page);

  await page.getByLabel("E-postadress").fill(E2E_USERS.SAMORDNARE.email);
  await page.getByLabel("Lösenord").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inkorg" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(E2E_USERS.SAMORDNARE.name);

  // On a wide screen the menu is in view; signing out is a plain form post too.
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/utloggad=1/);
  await page.goto("/inkorg");
  await expect(page).toHaveURL(/\/logga-in/);
});

test("without JavaScript single sign-on leads to the organisation's provider and back", async ({ page }) => {
  await page.goto("/logga-in");
  await page.getByRole("button", { name: "Fortsätt till Testkommunens konto" }).click();
  await page.locator('input[name="login"]').fill(E2E_USERS.ARBETSGRUPP.email);
  await page.locator('input[name="password"]').fill("vad-som-helst");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/arbetsgrupp/);
  await expect(page.getByRole("banner")).toContainText(E2E_USERS.ARBETSGRUPP.name);
});
