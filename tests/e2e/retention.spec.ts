import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { fileBrist, signIn } from "./file-brist";
import { expectAccessible, tabTo } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

async function fileAsReporter(page: Page, description: string) {
  const context = await page.context().browser()!.newContext();
  const receipt = await fileBrist(await context.newPage(), description);
  await context.close();
  return receipt;
}

test("an administrator opens the gallring page, runs gallring and downloads the gallringslogg", async ({
  page,
}) => {
  await signIn(page, E2E_USERS.ADMIN.email, E2E_PASSWORD);
  await page.getByRole("link", { name: "Gallring", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gallring" })).toBeVisible();
  await expect(page.getByText("Gallringstid", { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Kör gallring nu" }).click();
  await expect(page.getByText(/^Gallra nu\?/)).toBeFocused();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ja, gallra nu" }).click();
  await expect(page.getByText(/gallrades.*\(gallringstid \d+ år\)\.$/)).toBeVisible();
  const runs = page.getByRole("table", { name: "De senaste gallringskörningarna, nyast först" });
  await expect(
    runs.getByRole("row").filter({ hasText: `Kördes nu av ${E2E_USERS.ADMIN.name}` }),
  ).not.toHaveCount(0);
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Exportera gallringslogg (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^gallringslogg-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe(
    "\uFEFFGallrad (svensk tid);Ärende;Avslutat (svensk tid);Utförd av;Roll;Användar-id",
  );

  // The export is itself in the audit log.
  await page.goto("/admin/logg?handelse=AUDIT_EXPORTED");
  await expect(
    page.getByRole("row").filter({ hasText: "AUDIT_EXPORTED" }).filter({ hasText: "CASE_ERASED" }).first(),
  ).toContainText(E2E_USERS.ADMIN.name);
});

test("a coordinator and an anonymous visitor cannot run gallring or export its log", async ({
  page,
  playwright,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get("/api/admin/gallring.csv")).status()).toBe(401);
  await anonymous.dispose();
  await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
  await page.goto("/admin/gallring");
  await expect(
    page.getByRole("heading", { level: 1, name: "Du har inte behörighet till sidan" }),
  ).toBeVisible();
  expect((await page.request.get("/api/admin/gallring.csv")).status()).toBe(403);
});

test("a coordinator sets a legal hold on a case by keyboard and sees it among the kept cases", async ({
  page,
}) => {
  const { reference } = await fileAsReporter(
    page,
    "Utskrivningen från slutenvården skedde utan att kommunen fick veta något om planen.",
  );
  await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
  await page.goto(`/inkorg?sok=${encodeURIComponent(reference)}`);
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Brist ${reference}` })).toBeVisible();

  // From the page's own table of contents to the panel, then into the form: all by keyboard.
  const panel = page.getByRole("region", { name: "Bevarandeprövning" });
  await expect(panel).toContainText("gallras 2 år efter att ärendet avslutats");
  await tabTo(
    page,
    page
      .getByRole("navigation", { name: "På den här sidan" })
      .getByRole("link", { name: "Bevarandeprövning" }),
  );
  await page.keyboard.press("Enter");
  const reason = panel.getByRole("textbox", { name: "Rättsligt skäl att spara" });
  const save = panel.getByRole("button", { name: "Spara ärendet" });
  // Without a reason the form refuses, and the error summary takes focus.
  await tabTo(page, save, 10);
  await page.keyboard.press("Enter");
  await expect(
    panel.getByRole("link", { name: "Skriv det rättsliga skälet att spara ärendet." }),
  ).toBeVisible();
  await tabTo(page, reason, 10);
  await page.keyboard.type("Pågående tillsyn från IVO om utskrivningar");
  await page.keyboard.press("Tab");
  await expect(save).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(panel).toContainText("Ärendet sparas av rättsligt skäl sedan");
  await expect(panel).toContainText("Pågående tillsyn från IVO om utskrivningar");
  await expect(panel.getByRole("button", { name: "Häv skälet" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/inkorg");
  await page.getByRole("link", { name: "Gallring: ärenden som gallras snart" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gallring av ärenden" })).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: /sparas av rättsligt skäl/ })
      .getByRole("row")
      .filter({ hasText: reference }),
  ).toContainText("Pågående tillsyn från IVO om utskrivningar");
  await expectAccessible(page);
});
