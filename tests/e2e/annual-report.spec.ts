import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import mammoth from "mammoth";
import { signIn } from "./file-brist";
import { expectAccessible, tabTo } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

// prepare-e2e-db.ts made approved anonymised brister of the current year; nobody has saved its report yet.

const YEAR = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric" }).format(
  new Date(),
);
const EDITOR = `/arbetsgrupp/arsrapport/${YEAR}`;
const FIRST = "Arbetsgruppen har gått igenom årets brister. Kommunikation var vanligast.";
const SECOND = "En omskriven sammanfattning som arbetsgruppen ångrar.";

test("an arbetsgrupp member writes the summary by keyboard, saves, sees the history, restores a version and downloads the report", async ({
  page,
}) => {
  await signIn(page, E2E_USERS.ARBETSGRUPP.email, E2E_PASSWORD);
  await page.goto(EDITOR);
  await expect(page.getByRole("heading", { level: 1, name: `Årsrapport ${YEAR}` })).toBeVisible();
  await expect(page.getByText("Rapporten för året är inte sparad ännu.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Frågor för dialog, en per rad")).toHaveValue(
    /^Säkra att befintliga rutiner och kommunikationsvägar är uppdaterade och tillgängliga för alla\?\n/,
  );
  // The figures are filled in from the statistics.
  await expect(page.getByRole("table", { name: `Brister per bakomliggande orsak ${YEAR}` })).toBeVisible();
  await expectAccessible(page);

  // A personnummer is pointed out while typing and stops the save.
  const summary = page.getByLabel("Text till sammanfattningen");
  await tabTo(page, summary, 120);
  await page.keyboard.type("Gäller 19811218-9876.");
  await expect(page.getByText("Måste tas bort: Personnummer")).toBeVisible();
  const save = page.getByRole("button", { name: "Spara årsrapporten" });
  await tabTo(page, save, 200);
  await page.keyboard.press("Enter");
  const errors = page.getByRole("alert").filter({ hasText: "Det finns ett fel att rätta" });
  await expect(errors).toBeFocused();
  await expect(errors.getByRole("link", { name: /Ta bort personnumret ur sammanfattningen/ })).toBeVisible();
  await expectAccessible(page);

  // Written again by keyboard and saved.
  await errors.getByRole("link").first().press("Enter");
  await expect(summary).toBeFocused();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(FIRST);
  await tabTo(page, save, 200);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Årsrapporten är sparad." })).toBeVisible();
  const history = page.getByRole("region", { name: "Sparade versioner" });
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await expect(history.getByRole("listitem")).toContainText(
    `Version 1: sparad av ${E2E_USERS.ARBETSGRUPP.name}`,
  );
  await expect(history.getByRole("listitem")).toContainText("(nuvarande)");

  // A second save, then the first version read and restored.
  await summary.fill(SECOND);
  await save.click();
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await history.getByRole("link", { name: "Visa version 1" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Version 1 av årsrapporten ${YEAR}` }),
  ).toBeVisible();
  await expect(page.getByText(FIRST)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Återställ versionen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Årsrapport ${YEAR}` })).toBeVisible();
  await expect(
    page.getByText("Den äldre versionen är återställd och sparad som den nuvarande."),
  ).toBeVisible();
  await expect(page.getByLabel("Text till sammanfattningen")).toHaveValue(FIRST);
  await expect(page.getByRole("region", { name: "Sparade versioner" }).getByRole("listitem")).toHaveCount(3);

  // The Word document holds the saved text, the figures and the questions.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Ladda ner som Word-dokument (.docx)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`Brister i samverkan ${YEAR}.docx`);
  const { value: text } = await mammoth.extractRawText({ buffer: await readFile((await download.path())!) });
  expect(text).toContain(`Brister i samverkan ${YEAR}`);
  expect(text).toContain(FIRST);
  expect(text).not.toContain(SECOND);
  expect(text).toContain("Hur kan vi i vår verksamhet:");
  // With few brister the number is shown as "<3", as the statistics publish it.
  expect(text).toMatch(new RegExp(`Under ${YEAR} inkom (\\d+|<\\d+) brist(er)? i samverkan`));

  // The print view of the same report.
  await page.getByRole("link", { name: "Utskriftsversion (skriv ut eller spara som PDF)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Brister i samverkan ${YEAR}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Skriv ut / spara som PDF" })).toBeVisible();
  await expect(page.getByText(FIRST)).toBeVisible();
  const contents = page.getByRole("navigation", { name: "Innehåll" });
  await tabTo(page, contents.getByRole("link", { name: "Sammanfattning", exact: true }), 60);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#rubrik-1$/);
  await expectAccessible(page);
});

test("an administrator is refused the annual report, its print view and its Word document", async ({
  page,
}) => {
  await signIn(page, E2E_USERS.ADMIN.email, E2E_PASSWORD);
  for (const path of [EDITOR, `${EDITOR}/utskrift`]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/ej-behorig$/);
  }
  const response = await page.request.get(`${EDITOR}/docx`);
  expect(response.status()).toBe(403);
  expect(response.headers()["content-type"]).toContain("text/plain");
});
