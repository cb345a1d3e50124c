import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./helpers";
import { E2E_USERS } from "./users";

/** Signs in at the test's OpenID Connect provider (tests/e2e/oidc-provider.mjs), which takes any password. */
async function signInAtProvider(page: Page, email: string) {
  await page.goto("/logga-in");
  await page.getByRole("button", { name: "Fortsätt till Testkommunens konto" }).click();
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("vad-som-helst");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // The provider asks once per client whether the app may have the e-mail address.
  await page.getByRole("button", { name: "Continue" }).click();
}

test("the sign-in page offers single sign-on beside the password form, and is accessible", async ({
  page,
}) => {
  await page.goto("/logga-in");
  await expect(page.getByRole("heading", { level: 2, name: "Med Testkommunens konto" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Fortsätt till Testkommunens konto" })).toBeVisible();
  await expect(page.getByLabel("Lösenord")).toBeVisible();
  await expectAccessible(page);
});

test("a coordinator signs in through single sign-on and lands in the inbox with their role", async ({
  page,
}) => {
  await signInAtProvider(page, E2E_USERS.SAMORDNARE.email.toUpperCase());
  await expect(page).toHaveURL(/\/inkorg/);
  await expect(page.getByText(E2E_USERS.SAMORDNARE.name).first()).toBeVisible();

  // The same session as a password sign-in: it is listed among the user's sessions.
  await page.getByRole("link", { name: "Sessioner" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /\(den här enheten\)$/ })).toBeVisible();
});

test("an e-mail without an account is refused with a clear message, and no account is made", async ({
  page,
}) => {
  await signInAtProvider(page, "okand.person@e2e.test");
  await expect(page).toHaveURL(/\/logga-in\?error=AccessDenied/);
  // Next.js's route announcer is an alert too: this is ours.
  const alert = page.getByRole("alert").filter({ hasText: "Du kunde inte loggas in" });
  await expect(alert).toContainText(
    "Det finns inget aktivt konto i Brister i samverkan med den e-postadressen",
  );
  await expectAccessible(page);
});
