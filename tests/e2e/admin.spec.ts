import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./file-brist";
import { expectAccessible } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

const NEW_USER_PASSWORD = "e2e-nytt-konto-losenord";

/** A unique e-mail per run: with DATABASE_URL the e2e database outlives a run. */
function uniqueEmail(name: string) {
  return `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@e2e.test`;
}

async function signInAsAdmin(page: Page) {
  await signIn(page, E2E_USERS.ADMIN.email, E2E_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
}

/** Creates a staff account through the form and returns its id, read from the page the form leads to. */
async function createUserThroughUi(page: Page, user: { name: string; email: string; role: RegExp }) {
  await page.goto("/admin/anvandare/ny");
  await page.getByRole("textbox", { name: "Namn" }).fill(user.name);
  await page.getByRole("textbox", { name: "E-postadress" }).fill(user.email);
  await page.getByRole("group", { name: "Roll" }).getByRole("radio", { name: user.role }).check();
  await page.getByLabel("Första lösenord").fill(NEW_USER_PASSWORD);
  await page.getByLabel("Upprepa lösenordet").fill(NEW_USER_PASSWORD);
  await page.getByRole("button", { name: "Skapa kontot" }).click();
  await expect(page).toHaveURL(/\/admin\/anvandare\/[^/?]+\?skapad=1$/);
  await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

/** The audit log filtered to one action shows a row whose details name `text` (e.g. a user id). */
async function expectAuditRow(page: Page, action: string, text: string) {
  await page.goto(`/admin/logg?handelse=${action}`);
  await expect(page.getByRole("row").filter({ hasText: action }).filter({ hasText: text })).toHaveCount(1);
}

test.describe("admin pages are accessible", () => {
  test.beforeEach(async ({ page }) => {
    await signInAsAdmin(page);
  });

  test("every admin list and form page passes axe", async ({ page }) => {
    await expectAccessible(page);
    const pages: [string, string][] = [
      ["/admin/anvandare", "Användare"],
      ["/admin/anvandare/ny", "Lägg till en användare"],
      ["/admin/organisationer", "Organisationer"],
      ["/admin/omraden", "Områden"],
      ["/admin/kategorier", `Kategorier ${new Date().getFullYear()}`],
      ["/admin/installningar", "Inställningar"],
      ["/admin/utkorg", "Utkorg"],
      ["/admin/logg", "Logg"],
      ["/admin/loggkontroll", "Loggkontroll"],
    ];
    for (const [path, heading] of pages) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
      await expectAccessible(page);
    }
  });

  test("a user's, an organisation's, an area's and a category's page pass axe", async ({ page }) => {
    const details: [string, string][] = [
      ["/admin/anvandare", E2E_USERS.SAMORDNARE.name],
      ["/admin/organisationer", "Ängelholms kommun"],
      ["/admin/omraden", "SIP (samordnad individuell plan)"],
      ["/admin/kategorier", "kommunikation"],
    ];
    for (const [list, name] of details) {
      await page.goto(list);
      await page.getByRole("table").getByRole("link", { name, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();
      await expectAccessible(page);
    }
  });

  test("a form showing validation errors passes axe, with the error summary focused", async ({ page }) => {
    await page.goto("/admin/anvandare/ny");
    await page.getByRole("button", { name: "Skapa kontot" }).click();
    const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: /att rätta/ }) });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Fyll i namn." })).toBeVisible();
    await expect(summary.getByRole("link", { name: "Välj en roll." })).toBeVisible();
    await expectAccessible(page);
  });

  test("a loggkontroll's review page passes axe before and after it is completed", async ({ page }) => {
    // Reading the outbox is an access event, so today's sample is never empty.
    await page.goto("/admin/utkorg");
    await page.goto("/admin/loggkontroll");
    await page.getByRole("textbox", { name: "Antal händelser i stickprovet" }).fill("5");
    await page.getByRole("button", { name: "Dra ett stickprov" }).click();
    await expect(page).toHaveURL(/\/admin\/loggkontroll\/[^/]+$/);
    const reviewId = new URL(page.url()).pathname.split("/").at(-1)!;
    await expect(
      page.getByRole("heading", { level: 1, name: /^Loggkontroll \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}$/ }),
    ).toBeVisible();
    await expect(page.getByRole("table", { name: "Händelser i stickprovet, äldst först" })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("textbox", { name: "Slutsats" }).fill("Alla läsningar i stickprovet var befogade.");
    await page.getByRole("button", { name: "Spara slutsatsen och markera kontrollen som klar" }).click();
    // The page re-renders as completed: the form gives way to the stored conclusion.
    await expect(page.getByRole("definition").filter({ hasText: /^Klar \d{4}-\d{2}-\d{2}/ })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Slutsats" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("region", { name: "Slutsats" })).toContainText(
      "Alla läsningar i stickprovet var befogade.",
    );
    await expectAccessible(page);
    await expectAuditRow(page, "AUDIT_REVIEW_COMPLETED", reviewId);
  });
});

test("an administrator creates a user who then appears in the list, with a USER_CREATED row", async ({
  page,
}) => {
  await signInAsAdmin(page);
  const name = `Nora Nyanställd ${Date.now().toString(36)}`;
  const email = uniqueEmail("nora");
  const id = await createUserThroughUi(page, { name, email, role: /^Samordnare:/ });
  await expect(page.getByRole("status").filter({ hasText: "Kontot är skapat." })).toBeVisible();

  await page.goto("/admin/anvandare");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name }) });
  await expect(row).toContainText(email);
  await expect(row).toContainText("Samordnare");
  await expect(row).toContainText("Aktiv");

  await expectAuditRow(page, "USER_CREATED", id);
});

test("deactivating a signed-in user ends their session at once and keeps the account", async ({
  page,
  browser,
}) => {
  await signInAsAdmin(page);
  const name = `Dag Avslutad ${Date.now().toString(36)}`;
  const email = uniqueEmail("dag");
  const id = await createUserThroughUi(page, { name, email, role: /^Samordnare:/ });

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, email, NEW_USER_PASSWORD);
  await expect(other.getByRole("heading", { level: 1, name: "Inkorg" })).toBeVisible();

  await page.goto(`/admin/anvandare/${id}`);
  await page.getByRole("button", { name: "Avaktivera", exact: true }).click();
  await page.getByRole("button", { name: "Ja, avaktivera" }).click();
  await expect(
    page.getByText("Användaren är avaktiverad och utloggad. Historiken finns kvar."),
  ).toBeVisible();

  // The other browser's very next navigation is signed out.
  await other.goto("/inkorg");
  await expect(other).toHaveURL(/\/logga-in/);
  await expect(other.getByRole("heading", { level: 1, name: "Inkorg" })).toHaveCount(0);
  // And the password no longer signs in.
  await signIn(other, email, NEW_USER_PASSWORD, { expectRefusal: true });
  await expect(other.getByRole("alert").filter({ hasText: "Fel e-postadress eller lösenord" })).toBeVisible();
  await otherContext.close();

  // The account stays, listed as deactivated, and the change is in the log.
  await page.goto("/admin/anvandare");
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name }) })).toContainText(
    "Avaktiverad",
  );
  await expectAuditRow(page, "USER_DEACTIVATED", id);
});

test("the audit log downloads as CSV with its header and sign-ins, and the export is logged", async ({
  page,
}) => {
  await signInAsAdmin(page);
  await page.goto("/admin/logg");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /^Exportera \d+ händelser? som CSV$/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^logg-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe(
    "\uFEFFTid (svensk tid);Händelse;Händelsekod;Utförd av;Roll;Användar-id;Ärende;Detaljer",
  );
  expect(
    lines.some((line) => line.includes(`;Inloggning;SIGN_IN;${E2E_USERS.ADMIN.name};Administratör;`)),
  ).toBe(true);

  // A filtered export carries only the matching rows.
  const response = await page.request.get("/api/admin/logg.csv?handelse=SIGN_IN");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const rows = (await response.text()).trim().split("\r\n").slice(1);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row.split(";")[2]).toBe("SIGN_IN");

  await page.goto("/admin/logg?handelse=AUDIT_EXPORTED");
  await expect(
    page.getByRole("status").filter({ hasText: /^\d+ händelser? matchar sökningen/ }),
  ).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "AUDIT_EXPORTED" }).first()).toContainText(
    E2E_USERS.ADMIN.name,
  );
});

test("a samordnare and an anonymous visitor are refused the admin pages and the CSV export", async ({
  page,
  playwright,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get("/api/admin/logg.csv")).status()).toBe(401);
  await anonymous.dispose();
  await page.goto("/admin/anvandare");
  await expect(page).toHaveURL(/\/logga-in\?till=%2Fadmin%2Fanvandare/);

  await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
  for (const path of ["/admin", "/admin/anvandare", "/admin/logg", "/admin/loggkontroll"]) {
    await page.goto(path);
    await expect(
      page.getByRole("heading", { level: 1, name: "Du har inte behörighet till sidan" }),
    ).toBeVisible();
  }
  await expectAccessible(page);
  const csv = await page.request.get("/api/admin/logg.csv");
  expect(csv.status()).toBe(403);
  expect(await csv.text()).not.toContain("SIGN_IN");
});
