import { expect, test } from "@playwright/test";
import { fileBrist, signIn } from "./file-brist";
import { expectAccessible, tabTo } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

test("a coordinator registers, categorises and answers a new brist; the reporter reads and replies", async ({
  browser,
}) => {
  const marker = `Skolan kallades aldrig till SIP-mötet (${Date.now()}).`;
  const reporterContext = await browser.newContext();
  const reporter = await reporterContext.newPage();
  const { reference, followUpCode } = await fileBrist(
    reporter,
    `${marker} Barnet blev kvar på avdelningen längre än nödvändigt.`,
  );

  const staffContext = await browser.newContext();
  const page = await staffContext.newPage();
  await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Inkorg" })).toBeVisible();
  await expectAccessible(page);

  // Search the report text; the filter lives in the URL.
  await page.getByLabel("Sök i rapporttext och referenser").fill(marker.slice(0, 30));
  await page.getByRole("button", { name: "Visa brister" }).click();
  await expect(page).toHaveURL(/sok=/);
  const row = page.getByRole("row").filter({ hasText: reference });
  // Never opened by this coordinator: new to them.
  await expect(row.getByText("Ny: du har inte öppnat den")).toBeVisible();
  await expect(row).toContainText("Inkommen");
  await expectAccessible(page);
  await row.getByRole("link", { name: reference }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Brist ${reference}` })).toBeVisible();
  // The reporter's text, in del ett (the anonymisation workbench further down starts from it too).
  await expect(page.getByRole("region", { name: "Del ett" }).getByText(marker)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("textbox", { name: "Diarienummer" }).fill("SOF 2026/4711");
  await page.getByRole("button", { name: "Registrera ärendet" }).click();
  await expect(page.getByRole("status").filter({ hasText: /./ }).first()).toBeVisible();
  await expect(page.getByText("Registrerad").first()).toBeVisible();

  const causes = page.getByRole("group", { name: /Bakomliggande orsaker/ });
  await causes.getByRole("checkbox", { name: "kommunikation" }).check();
  await causes.getByRole("checkbox", { name: "SIP" }).check();
  await page.getByRole("button", { name: "Spara kategorier och områden" }).click();
  await expect(page.getByText("Sparat", { exact: false }).first()).toBeVisible();

  await page
    .getByLabel("Meddelande")
    .fill("Tack för rapporten. Vi har tagit upp bristen med BUP:s enhetschef.");
  await page.getByRole("button", { name: "Skicka till rapportören" }).click();
  await expect(page.getByText("Vi har tagit upp bristen med BUP:s enhetschef.").first()).toBeVisible();
  await expectAccessible(page);

  // The reporter reads the återkoppling with the follow-up code and answers.
  await reporter.goto("/uppfoljning");
  await reporter.getByLabel("Uppföljningskod").fill(followUpCode);
  await reporter.getByRole("button", { name: "Visa status" }).click();
  await expect(reporter.getByTestId("status")).toHaveText("Registrerad");
  await expect(reporter.getByText("Vi har tagit upp bristen med BUP:s enhetschef.")).toBeVisible();
  await reporter.getByLabel("Ditt svar").fill("Tack! Skolan är nu inbjuden till nästa möte.");
  await reporter.getByRole("button", { name: "Skicka svar" }).click();
  await expect(reporter.getByText("Tack! Skolan är nu inbjuden till nästa möte.").first()).toBeVisible();
  await expectAccessible(reporter);

  // The coordinator sees the answer: marked as changed in the inbox, and in the case's timeline.
  await page.goto("/inkorg");
  await expect(
    page.getByRole("row").filter({ hasText: reference }).getByText("Ändrad sedan du senast öppnade den"),
  ).toBeVisible();
  await page.getByRole("row").filter({ hasText: reference }).getByRole("link", { name: reference }).click();
  await expect(page.getByText("Tack! Skolan är nu inbjuden till nästa möte.").first()).toBeVisible();

  // The print view of the case: the whole report, accessible, without the forms.
  await page.getByRole("link", { name: /^Utskriftsversion/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Brist i samverkan ${reference}` })).toBeVisible();
  await expect(page.getByText(marker)).toBeVisible();
  await expect(page.getByRole("button", { name: "Registrera ärendet" })).toHaveCount(0);
  await expectAccessible(page);

  await reporterContext.close();
  await staffContext.close();
});

test("the inbox can be used by keyboard alone", async ({ page, browser }) => {
  const reporterContext = await browser.newContext();
  const { reference } = await fileBrist(
    await reporterContext.newPage(),
    "Ingen från vuxenpsykiatrin kom till SIP-mötet trots att kallelsen var accepterad.",
  );
  await reporterContext.close();
  await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Inkorg" })).toBeVisible();
  await tabTo(page, page.getByRole("combobox", { name: "Status", exact: true }));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("combobox", { name: "Status", exact: true })).toHaveValue("INKOMMEN");
  await tabTo(page, page.getByRole("button", { name: "Visa brister" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/status=INKOMMEN/);
  await tabTo(page, page.getByRole("link", { name: reference }), 200);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: `Brist ${reference}` })).toBeVisible();
});

test("staff pages refuse roles without permission and anonymous visitors", async ({ page }) => {
  await page.goto("/inkorg");
  await expect(page).toHaveURL(/\/logga-in\?till=%2Finkorg/);
  await expectAccessible(page);

  await signIn(page, E2E_USERS.ARBETSGRUPP.email, E2E_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Arbetsgruppen" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/inkorg");
  await expect(
    page.getByRole("heading", { level: 1, name: "Du har inte behörighet till sidan" }),
  ).toBeVisible();
  await page.goto("/admin");
  await expect(
    page.getByRole("heading", { level: 1, name: "Du har inte behörighet till sidan" }),
  ).toBeVisible();
});

test("a wrong password is refused with a Swedish message", async ({ page }) => {
  await signIn(page, E2E_USERS.SAMORDNARE.email, "fel-losenord-helt-och-hallet", { expectRefusal: true });
  await expect(page.getByRole("alert").filter({ hasText: "Fel e-postadress eller lösenord" })).toBeVisible();
  await expectAccessible(page);
});

test("signing out ends the session at once", async ({ page }) => {
  await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Inkorg" })).toBeVisible();
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/utloggad=1/);
  // Even a copy of the old session cookie no longer opens the inbox.
  await page.context().addCookies(cookies);
  await page.goto("/inkorg");
  await expect(page).toHaveURL(/\/logga-in/);
});
