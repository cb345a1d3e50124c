import { expect, test } from "@playwright/test";
import { signIn } from "./file-brist";
import { expectAccessible } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

test("a coordinator sees where they are signed in and ends another device's session", async ({
  page,
  browser,
}) => {
  const otherContext = await browser.newContext({
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
  });
  const phone = await otherContext.newPage();
  await signIn(phone, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
  await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);

  await page.getByRole("link", { name: "Sessioner" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dina sessioner" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /\(den här enheten\)$/ })).toBeVisible();
  await expectAccessible(page);

  // The phone's session is listed with its device; ending it takes it off the list and signs the phone out.
  const endPhone = page.getByRole("button", { name: /^Avsluta sessionen: Safari på iPhone/ });
  await expect(endPhone).toHaveCount(1);
  await endPhone.click();
  await expect(endPhone).toHaveCount(0);
  await phone.goto("/inkorg");
  await expect(phone).toHaveURL(/\/logga-in/);
  await otherContext.close();
});
