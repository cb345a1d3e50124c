import { expect, test, type Page } from "@playwright/test";
import { fileBrist, signIn } from "./file-brist";
import { expectAccessible, tabTo } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

async function openNewCase(page: Page) {
  const context = await page.context().browser()!.newContext();
  const { reference } = await fileBrist(
    await context.newPage(),
    "Inskrivningsmeddelandet gick till fel kommun och ingen planering startade.",
  );
  await context.close();
  await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
  await page.goto(`/inkorg?sok=${encodeURIComponent(reference)}`);
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Brist ${reference}` })).toBeVisible();
  return reference;
}

// A new case at 1280 px with the rarely used forms folded measured 5,003 px (with every form open, about 6,750).
const HEIGHT_LIMIT = 5500;

const nextStep = (page: Page) => page.getByRole("region", { name: "Nästa steg" });

test("the case page suggests the next step and it can be reached and used by keyboard, status after status", async ({
  page,
}) => {
  await openNewCase(page);
  await expect(page.getByText("0 dagar sedan")).toBeVisible();
  await expectAccessible(page);

  // Inkommen: register the diarienummer, from the suggestion, by keyboard only.
  const register = nextStep(page).getByRole("link", { name: "Registrera diarienummer" });
  await tabTo(page, register);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: "Diarienummer" })).toBeFocused();
  await page.keyboard.type("SOF 2026/812");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Nuvarande status: Registrerad.")).toBeVisible();

  // Registrerad without categories: classify next.
  await expect(nextStep(page).getByRole("link")).toHaveText("Välj kategorier och områden");
  await expectAccessible(page);
  const causes = page.getByRole("group", { name: /Bakomliggande orsaker/ });
  await causes.getByRole("checkbox", { name: "rutiner" }).check();
  await page.getByRole("button", { name: "Spara kategorier och områden" }).click();
  await expect(nextStep(page).getByRole("link")).toHaveText("Påbörja handläggningen");

  const statusForm = page.getByRole("form", { name: "Ändra status" });
  await statusForm.getByRole("radio", { name: "Under handläggning" }).check();
  await statusForm.getByRole("button", { name: "Ändra status" }).click();
  await expect(nextStep(page).getByRole("link")).toHaveText("Ge återkoppling");
  await expectAccessible(page);

  await nextStep(page).getByRole("link", { name: "Ge återkoppling" }).click();
  await page.getByLabel("Meddelande").fill("Vi har tagit upp bristen med socialtjänsten.");
  await page.getByRole("button", { name: "Skicka till rapportören" }).click();
  await expect(nextStep(page).getByRole("link")).toHaveText("Markera som återkopplad");
  await statusForm.getByRole("radio", { name: "Återkopplad" }).check();
  await statusForm.getByRole("button", { name: "Ändra status" }).click();
  await expect(nextStep(page).getByRole("link")).toHaveText("Avidentifiera");
  await expectAccessible(page);
});

test("a rejected case offers only reopening, a message and a note, and no next step", async ({ page }) => {
  await openNewCase(page);
  const statusForm = page.getByRole("form", { name: "Ändra status" });
  await statusForm.getByRole("radio", { name: "Avvisad" }).check();
  await statusForm.getByRole("textbox", { name: /^Skäl/ }).fill("Dubblett av en tidigare rapport.");
  await statusForm.getByRole("button", { name: "Ändra status" }).click();
  await expect(page.getByText("Nuvarande status: Avvisad.")).toBeVisible();
  await expect(nextStep(page)).toContainText("Inget nästa steg");
  await expect(page.locator("summary", { hasText: "Byt handläggare" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Spara handläggare" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Skicka till rapportören" })).toBeVisible();
  await expectAccessible(page);
});

test("on a wide screen the content and the actions stand side by side; on a phone in one column", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openNewCase(page);
  const content = await page.getByRole("heading", { name: "Del ett" }).boundingBox();
  const actions = await page.getByRole("heading", { level: 2, name: "Handläggning" }).boundingBox();
  expect(actions!.x).toBeGreaterThan(content!.x + content!.width);
  await page.setViewportSize({ width: 375, height: 800 });
  const narrowContent = await page.getByRole("heading", { name: "Del ett" }).boundingBox();
  const narrowActions = await page.getByRole("heading", { level: 2, name: "Handläggning" }).boundingBox();
  expect(narrowActions!.y).toBeGreaterThan(narrowContent!.y);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("the rarely used forms are folded, open by keyboard, and the suggested step's form is open", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openNewCase(page);
  // The actions column no longer makes the page screens taller than its content.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(HEIGHT_LIMIT);
  // Inkommen: the diarienummer is the next step, so its form is open; the status form always is.
  await expect(page.getByRole("textbox", { name: "Diarienummer" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Ändra status" })).toBeVisible();
  for (const [summary, field] of [
    ["Byt handläggare", page.getByRole("combobox", { name: "Samordnare som handlägger ärendet" })],
    ["Skriv en intern anteckning", page.getByRole("textbox", { name: "Anteckning", exact: true })],
    ["Lyft vidare (eskalera)", page.getByRole("textbox", { name: "Utfall" })],
  ] as const) {
    const control = page.locator("summary", { hasText: summary });
    await expect(field).toBeHidden();
    await tabTo(page, control, 200);
    await page.keyboard.press("Enter");
    await expect(field).toBeVisible();
  }
  await expectAccessible(page);
});
