import { expect, test, type Page } from "@playwright/test";
import { fileBrist, signIn } from "./file-brist";
import { expectAccessible, openFolded, tabTo } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

async function fileAsReporter(page: Page, description: string) {
  const context = await page.context().browser()!.newContext();
  const receipt = await fileBrist(await context.newPage(), description);
  await context.close();
  return receipt;
}

async function openCase(page: Page, reference: string) {
  await page.goto(`/inkorg?sok=${encodeURIComponent(reference)}`);
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Brist ${reference}` })).toBeVisible();
}

const draftKeys = (page: Page) =>
  page.evaluate(() => Object.keys(window.sessionStorage).filter((key) => key.startsWith("bis:")));

test("on a phone the inbox shows cards and folds the filters behind one button; from a tablet on, the table scrolls only inside its region", async ({
  page,
}) => {
  const { reference } = await fileAsReporter(
    page,
    "Kallelsen till SIP skickades aldrig vidare till boendestödet, som inte kom.",
  );
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
  const cards = page.getByRole("list", { name: /brister, sorterade efter/ });
  const card = cards.getByRole("listitem").filter({ hasText: reference });
  await expect(card.getByText("Ny: du har inte öppnat den")).toBeVisible();
  await expect(page.getByRole("region", { name: /brister, sorterade efter/ })).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  const filterButton = page.getByRole("button", { name: "Filtrera", exact: true });
  await expect(filterButton).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByLabel("Status", { exact: true })).toBeHidden();
  await tabTo(page, filterButton);
  await page.keyboard.press("Enter");
  await expect(filterButton).toHaveAttribute("aria-expanded", "true");
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Inkommen" });
  await page.getByRole("button", { name: "Visa brister" }).click();
  await expect(page).toHaveURL(/status=INKOMMEN/);
  await expect(page.getByRole("button", { name: "Filtrera (1 aktiva)" })).toBeVisible();
  await expectAccessible(page);

  // 768 px: the table, narrower than its columns, scrolls inside its own named region, not the page.
  await page.setViewportSize({ width: 768, height: 800 });
  const region = page.getByRole("region", { name: /brister, sorterade efter/ });
  await expect(region).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  // Screen-reader-only texts are absolutely positioned: placed by the region, they scroll with the table
  // instead of stretching the page (as "Försenad: " in the status column did).
  expect(
    await region.evaluate((el) =>
      [...el.querySelectorAll<HTMLElement>(".sr-only")].every((text) => text.offsetParent === el),
    ),
  ).toBe(true);
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await tabTo(page, region, 200);

  // 1280 px: the table fits its column, its caption aligned with it.
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  const table = await region.getByRole("table").boundingBox();
  const caption = await page
    .getByText(/brister, sorterade efter/)
    .first()
    .boundingBox();
  expect(Math.abs(table!.x - caption!.x)).toBeLessThanOrEqual(1);
  await expectAccessible(page);
});

test("a coordinator rejects a brist with a message that the reporter reads; errors and drafts follow the case", async ({
  page,
  browser,
}) => {
  const { reference, followUpCode } = await fileAsReporter(
    page,
    "Ingen från öppenvården kom till SIP-mötet, trots att kallelsen var accepterad.",
  );
  await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
  await openCase(page, reference);
  const statusForm = page.getByRole("form", { name: "Ändra status" });

  // An error about the old state goes once the diarienummer is saved.
  await statusForm
    .getByRole("group", { name: "Ny status" })
    .getByRole("radio", { name: "Registrerad" })
    .check();
  await statusForm.getByRole("button", { name: "Ändra status" }).click();
  await expect(statusForm.getByRole("alert")).toHaveText("Ange diarienummer innan ärendet registreras.");
  await page.getByRole("textbox", { name: "Diarienummer" }).fill("SOF 2026/99");
  await page.getByRole("button", { name: "Registrera ärendet" }).click();
  await expect(page.getByText("Nuvarande status: Registrerad.")).toBeVisible();
  await expect(statusForm.getByRole("alert")).toHaveCount(0);

  // What is typed survives a reload (or a session timeout) until it is saved.
  await statusForm.getByRole("radio", { name: "Avvisad" }).check();
  const message = "Rapporten avvisas eftersom samma brist redan har rapporterats. Vi hör av oss i den.";
  await statusForm.getByRole("textbox", { name: /^Skäl/ }).fill("Dubblett av en tidigare rapport");
  await statusForm.getByRole("textbox", { name: "Meddelande till rapportören" }).fill(message);
  // The escalation form is folded until opened.
  await expect(page.getByRole("textbox", { name: "Utfall" })).toBeHidden();
  await openFolded(page, "Lyft vidare (eskalera)");
  await page.getByRole("textbox", { name: "Utfall" }).fill("Tas upp på nästa möte");
  await page.reload();
  await expect(statusForm.getByRole("textbox", { name: /^Skäl/ })).toHaveValue(
    "Dubblett av en tidigare rapport",
  );
  await openFolded(page, "Lyft vidare (eskalera)");
  await expect(page.getByRole("textbox", { name: "Utfall" })).toHaveValue("Tas upp på nästa möte");
  await statusForm.getByRole("radio", { name: "Avvisad" }).check();
  await expect(statusForm.getByRole("textbox", { name: "Meddelande till rapportören" })).toHaveValue(message);
  await expectAccessible(page);

  // An escalation (offered while the case is open) date the calendar lacks is refused rather than moved to March.
  await page.getByRole("group", { name: "Nivå" }).getByRole("radio", { name: /Lokal/ }).check();
  await page.getByRole("textbox", { name: "Datum" }).fill("2026-02-30");
  await page.getByRole("button", { name: "Spara eskalering" }).click();
  await expect(page.getByRole("link", { name: "Datumet finns inte." })).toBeVisible();

  await statusForm.getByRole("button", { name: "Ändra status" }).click();
  await expect(statusForm.getByRole("status")).toHaveText(
    /Statusen är ändrad och meddelandet är skickat till rapportören/,
  );
  await expect(page.getByText("Nuvarande status: Avvisad.")).toBeVisible();
  await expect(statusForm.getByRole("textbox", { name: /^Skäl/ })).toHaveValue("");
  expect((await draftKeys(page)).filter((key) => key.startsWith("bis:status:"))).toEqual([]);
  // A rejected case is not worked on until it is reopened.
  await expect(page.locator("summary", { hasText: "Lyft vidare" })).toHaveCount(0);

  const reporterContext = await browser.newContext();
  const reporter = await reporterContext.newPage();
  await reporter.goto("/uppfoljning");
  await reporter.getByLabel("Uppföljningskod").fill(followUpCode);
  await reporter.getByRole("button", { name: "Visa status" }).click();
  await expect(reporter.getByTestId("status")).toHaveText("Avvisad");
  await expect(reporter.getByText(message)).toBeVisible();
  await reporterContext.close();
});

test("signing out removes unsent notes from the browser", async ({ page }) => {
  const { reference } = await fileAsReporter(
    page,
    "Utskrivning en fredag utan att boendestödet var informerat i förväg.",
  );
  await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
  await openCase(page, reference);
  await openFolded(page, "Skriv en intern anteckning");
  await page.getByRole("textbox", { name: "Anteckning" }).fill("Ring enhetschefen på måndag.");
  await page.getByRole("textbox", { name: "Diarienummer" }).fill("SOF 2026/100");
  await expect.poll(() => draftKeys(page)).toHaveLength(2);
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/utloggad=1/);
  expect(await draftKeys(page)).toEqual([]);
});

test("the arbetsgrupp finds its page in the staff menu", async ({ page }) => {
  await signIn(page, E2E_USERS.ARBETSGRUPP.email, E2E_PASSWORD);
  const menu = page.getByRole("navigation", { name: "Personalmeny" });
  await expect(menu.getByRole("link")).toHaveText(["Arbetsgruppen"]);
  await menu.getByRole("link", { name: "Arbetsgruppen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Arbetsgruppen" })).toBeVisible();
});
