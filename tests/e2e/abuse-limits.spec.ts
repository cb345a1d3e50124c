import { expect, test } from "@playwright/test";
import { fillDescriptionStep, fillEventStep, fillPartnerStep, signIn } from "./file-brist";
import { expectAccessible } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

test("the wizard refuses e-mail addresses outside the organisations' domains, on the field, keeping what was typed", async ({
  page,
}) => {
  await page.goto("/rapportera");
  await page.getByRole("button", { name: "Starta en ny rapport" }).click();
  await page.getByLabel("Ditt namn").fill("Lina Ek");
  await page.getByLabel("Din e-postadress").fill("lina.ek@gmail.com");
  await page.getByLabel("Din organisation").selectOption({ label: "Ängelholms kommun" });
  await page.getByLabel("Enhet eller verksamhet").fill("Socialpsykiatri");
  await page.getByLabel("Din roll").fill("Handläggare");
  await page.getByRole("radio", { name: "Ja" }).check();
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
  const receiptRefusal =
    "Vi kan bara skicka kvittot till e-postadresser som slutar på @engelholm.se. Använd en jobbadress.";
  await expect(page.getByLabel("Din e-postadress")).toHaveAccessibleDescription(
    new RegExp(receiptRefusal.replace(/\./g, "\\.")),
  );
  await expect(page.getByLabel("Din e-postadress")).toHaveValue("lina.ek@gmail.com");
  await expect(page.getByLabel("Enhet eller verksamhet")).toHaveValue("Socialpsykiatri");
  await expectAccessible(page);

  await page.getByLabel("Din e-postadress").fill("lina.ek@engelholm.se");
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
  await fillPartnerStep(page);
  await fillEventStep(page);
  await fillDescriptionStep(page, "Kallelsen till SIP kom inte fram till BUP i tid.");
  await expect(page.getByRole("heading", { level: 1, name: "Del ett är klar och sparad" })).toBeVisible();

  const partnerEmail = page.getByLabel("Samverkanspartens e-postadress");
  await partnerEmail.fill("bup.mottagning@gmail.com");
  await page.getByRole("button", { name: "Skapa länk till samverkansparten" }).click();
  const linkRefusal =
    "Vi kan bara skicka länken till e-postadresser som slutar på @engelholm.se eller @skane.se. Använd en jobbadress.";
  await expect(partnerEmail).toHaveAccessibleDescription(new RegExp(linkRefusal.replace(/\./g, "\\.")));
  await expect(partnerEmail).toHaveValue("bup.mottagning@gmail.com");
  await expect(page.getByTestId("partner-link")).toHaveCount(0);
  await expectAccessible(page);

  await partnerEmail.fill("bup.mottagning@skane.se");
  await page.getByRole("button", { name: "Skapa länk till samverkansparten" }).click();
  await expect(page.getByTestId("partner-link")).toBeVisible();
});

test("a coordinator signs in at once after someone else's wrong passwords for the account", async ({
  page,
  browser,
}) => {
  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  for (let i = 0; i < 12; i++) {
    await signIn(other, E2E_USERS.SAMORDNARE.email, `fel-lösenord-${i}`, { expectRefusal: true });
    await expect(
      other.getByRole("alert").filter({ hasText: "Fel e-postadress eller lösenord" }),
    ).toBeVisible();
  }
  await stranger.close();
  await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
  await expect(page).toHaveURL(/\/inkorg/);
});
