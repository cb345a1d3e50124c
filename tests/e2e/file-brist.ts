import { expect, type Page } from "@playwright/test";
import { totpCode } from "../../lib/two-factor/totp";
import { fillDate, today } from "./helpers";

export interface TestReporter {
  name: string;
  /** In the organisation's allowed e-mail domain, or the step refuses it. */
  email: string;
  organisation: string;
  unit: string;
  role: string;
}

export const LINA: TestReporter = {
  name: "Lina Ek",
  email: "lina.ek@engelholm.se",
  organisation: "Ängelholms kommun",
  unit: "Socialpsykiatri",
  role: "Handläggare",
};

export const BUP = "Region Skåne – BUP (barn- och ungdomspsykiatri)";
export const VUXENPSYKIATRI = "Region Skåne – Vuxenpsykiatri, öppenvård";

/** Opens the start page (on `baseUrl` when given, for a second server) and starts a new report. */
export async function startReport(page: Page, baseUrl = "") {
  await page.goto(`${baseUrl}/rapportera`);
  await page.getByRole("button", { name: "Starta en ny rapport" }).click();
}

/** "Om dig", saved: the reporter's details, and "Ja" to having spoken with their chef. */
export async function fillReporterStep(page: Page, reporter: TestReporter = LINA) {
  await page.getByLabel("Ditt namn").fill(reporter.name);
  await page.getByLabel("Din e-postadress").fill(reporter.email);
  await page.getByLabel("Din organisation").selectOption({ label: reporter.organisation });
  await page.getByLabel("Enhet eller verksamhet").fill(reporter.unit);
  await page.getByLabel("Din roll").fill(reporter.role);
  await page.getByRole("radio", { name: "Ja" }).check();
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
}

/** "Samverkanspart", saved with one partner organisation. */
export async function fillPartnerStep(page: Page, partner = BUP) {
  await page.getByRole("checkbox", { name: partner }).check();
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
}

/** "Händelsen", saved: today's date, the SIP area and the age group (a radio's exact name). */
export async function fillEventStep(page: Page, ageGroup = "Vill inte ange") {
  await page.getByRole("radio", { name: "Jag vet datumet" }).check();
  await fillDate(page, "Vilket datum hände det?", today());
  await page.getByRole("checkbox", { name: "SIP (samordnad individuell plan)" }).check();
  await page.getByRole("radio", { name: ageGroup, exact: true }).check();
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
}

/** "Beskrivning och åtgärder", saved: del ett is done. */
export async function fillDescriptionStep(
  page: Page,
  description: string,
  actionsTaken = "Nytt möte bokades.",
) {
  await page.getByLabel("Beskriv händelsen").fill(description);
  await page.getByLabel("Vilka åtgärder har ni vidtagit för att lösa individens ärende?").fill(actionsTaken);
  await page.getByRole("button", { name: "Spara del ett" }).click();
}

/** Files a complete brist through the wizard as a reporter would, and returns the receipt. */
export async function fileBrist(page: Page, description: string) {
  await startReport(page);
  await fillReporterStep(page);
  await fillPartnerStep(page);
  await fillEventStep(page);
  await fillDescriptionStep(page, description);
  await page.getByRole("link", { name: "Fyll i del två nu" }).click();
  await page
    .getByRole("group", { name: "Har ni haft dialog med samverkansparten?" })
    .getByRole("radio", { name: "Ja" })
    .check();
  await fillDate(page, "När hölls dialogen?", today());
  await page.getByLabel("Organisation", { exact: true }).fill("BUP");
  await page.getByLabel("Roll", { exact: true }).fill("Enhetschef");
  await page.getByLabel("Åtgärd", { exact: true }).fill("Skolan bjuds in till SIP från början.");
  await page.getByLabel("Ansvarig part").fill("Enhetschef BUP");
  await page
    .getByRole("group", { name: "Är bristen i samverkan löst?" })
    .getByRole("radio", { name: "Ja" })
    .check();
  await page
    .getByRole("group", { name: /Behöver bristen lyftas vidare/ })
    .getByRole("radio", { name: "Nej" })
    .check();
  await page.getByRole("button", { name: "Spara och granska" }).click();
  await page.getByRole("button", { name: "Skicka in rapporten" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Tack! Din rapport har kommit in" }),
  ).toBeVisible();
  return {
    reference: (await page.getByTestId("reference").textContent())!.trim(),
    followUpCode: (await page.getByTestId("follow-up-code").textContent())!.trim(),
  };
}

/**
 * Signs in through the page. The e2e server doesn't require two-factor sign-in (TWO_FACTOR_REQUIRED=false in
 * playwright.config.ts); an account that has it enrolled gets `totpSecret` and the helper types the app's code.
 */
export async function signIn(
  page: Page,
  email: string,
  password: string,
  { expectRefusal = false, totpSecret }: { expectRefusal?: boolean; totpSecret?: string } = {},
) {
  await page.goto("/logga-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  if (totpSecret) {
    await page.getByRole("textbox", { name: "Kod" }).fill(totpCode(totpSecret, new Date()));
    await page.getByRole("button", { name: "Logga in" }).click();
  }
  if (!expectRefusal) await page.waitForURL((url) => !url.pathname.startsWith("/logga-in"));
}

/**
 * Signs out through the header and waits for the signed-out page: signing in again before the sign-out's answer
 * has arrived lets that answer clear the new session's cookie.
 */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/utloggad=1/);
}
