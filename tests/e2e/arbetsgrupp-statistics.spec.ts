import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { signIn } from "./file-brist";
import { expectAccessible, tabTo } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

// prepare-e2e-db.ts made at least two approved anonymised brister of the current year; other specs may add more.
// With so few, most counts are suppressed: what the arbetsgrupp sees is read from the page, not assumed.

/** The statistics page of the latest year, reached from the arbetsgrupp's start page; returns the year. */
async function openStatistics(page: Page): Promise<string> {
  await page.goto("/arbetsgrupp");
  await page.getByRole("link", { name: /^Statistik \d{4}$/ }).click();
  const heading = page.getByRole("heading", { level: 1, name: /^Statistik \d{4}$/ });
  await expect(heading).toBeVisible();
  return (await heading.textContent())!.replace("Statistik ", "").trim();
}

async function download(page: Page, name: RegExp): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return { file, bytes: await readFile((await file.path())!) };
}

test("the arbetsgrupp reads the year's statistics with small counts hidden, at any width", async ({
  page,
}) => {
  await signIn(page, E2E_USERS.ARBETSGRUPP.email, E2E_PASSWORD);
  const year = await openStatistics(page);
  await expect(page).toHaveURL(new RegExp(`/arbetsgrupp/statistik\\?ar=${year}$`));
  await expect(page.getByRole("link", { name: year, exact: true })).toHaveAttribute("aria-current", "page");

  // Few brister: small counts are hidden, and the page says why.
  await expect(page.getByRole("heading", { name: "Om dolda antal" })).toBeVisible();
  await expect(page.getByText(/^<3 = färre än 3 brister/).first()).toBeVisible();
  await expect(page.getByText("(visas som", { exact: false })).toHaveCount(0);
  // A brist counts once in each of its categories, and the page says what that does to the shares.
  const causes = page.getByRole("region", { name: new RegExp(`^Bakomliggande orsaker (\\d{4}–)?${year}$`) });
  await expect(causes.getByRole("rowheader", { name: "kommunikation" })).toBeVisible();
  await expect(page.getByText(/blir därför tillsammans mer än 100 %/).first()).toBeVisible();
  await expect(
    page.getByRole("img", { name: new RegExp(`^Bakomliggande orsaker ${year}\\b`) }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: `De vanligaste orsakerna ${year}` })).toBeVisible();
  await expectAccessible(page);

  // The tables scroll with the keyboard: each is a focusable region named by its caption.
  await tabTo(page, causes, 200);
  await expect(causes).toBeFocused();

  // 320 px: nothing but the tables scrolls sideways, inside their regions; the charts fit.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // The tables' scrolling regions (each section is a named region too).
  const regions = page.locator('main div[role="region"]');
  expect(await regions.count()).toBeGreaterThanOrEqual(10);
  for (const region of await regions.all()) {
    await expect(region).toHaveAttribute("tabindex", "0");
    await expect(region).toHaveAccessibleName(/\S/);
    const overflow = await region.evaluate((el) => getComputedStyle(el).overflowX);
    expect(overflow).toBe("auto");
  }
  for (const chart of await page.locator("main svg[role=img]").all()) {
    const box = (await chart.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(320);
  }
  await expectAccessible(page);
});

test("the year's figures download as .xlsx and .csv, and each download is logged", async ({ page }) => {
  await signIn(page, E2E_USERS.ARBETSGRUPP.email, E2E_PASSWORD);
  const year = await openStatistics(page);

  const xlsx = await download(page, new RegExp(`^Statistik ${year} \\(Excel, \\.xlsx\\)$`));
  expect(xlsx.file.suggestedFilename()).toBe(`statistik-${year}.xlsx`);
  expect(xlsx.bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04])); // a zip: "PK\3\4"
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
    expect.arrayContaining(["Sammanfattning", `Brister ${year}`, "Orsaker", "Eskalerade"]),
  );
  expect(workbook.getWorksheet(`Brister ${year}`)!.getCell("A2").text).toMatch(new RegExp(`^BIS-${year}-`));

  const statistics = await download(page, new RegExp(`^Statistik ${year} \\(CSV\\)$`));
  expect(statistics.file.suggestedFilename()).toBe(`statistik-${year}.csv`);
  expect([...statistics.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(statistics.bytes.toString("utf8")).toContain(`\r\nOrsak;Antal ${year};Andel ${year}\r\n`);

  const cases = await download(page, new RegExp(`^Avidentifierade brister ${year} \\(CSV\\)$`));
  expect(cases.file.suggestedFilename()).toBe(`avidentifierade-brister-${year}.csv`);
  expect([...cases.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(cases.bytes.toString("utf8").split("\r\n")[0]).toBe(
    "\uFEFFReferens;Månad;Månaden avser;Bakomliggande orsaker;Områden;Rapporterande huvudman;" +
      "Rapporterande organisation;Samverkanspartens huvudman;Löst;Eskalerad",
  );

  // The administrator finds the downloads in the audit log.
  await page.context().clearCookies();
  await signIn(page, E2E_USERS.ADMIN.email, E2E_PASSWORD);
  await page.goto("/admin/logg?handelse=ANONYMISED_EXPORTED");
  const rows = page.getByRole("row").filter({ hasText: "ANONYMISED_EXPORTED" });
  for (const format of ["xlsx", "csv-statistik", "csv-brister"]) {
    await expect(rows.filter({ hasText: format }).first()).toContainText(E2E_USERS.ARBETSGRUPP.name);
  }
});

test("a coordinator sees the exact figures, each hidden one marked", async ({ page }) => {
  await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
  await openStatistics(page);
  await expect(page.getByText(/Du ser statistiken som samordnare, med exakta antal/)).toBeVisible();
  await expect(page.getByText("(visas som <3 för arbetsgruppen)").first()).toBeVisible();
  await expectAccessible(page);
});

test("the exports refuse an administrator and a visitor who is not signed in", async ({ page, request }) => {
  const year = new Date().getFullYear();
  for (const file of ["statistik.xlsx", "statistik.csv", "brister.csv"]) {
    const anonymous = await request.get(`/arbetsgrupp/statistik/${year}/${file}`);
    expect(anonymous.status(), file).toBe(401);
    expect(anonymous.headers()["content-type"]).toMatch(/^text\/plain/);
  }
  await signIn(page, E2E_USERS.ADMIN.email, E2E_PASSWORD);
  for (const file of ["statistik.xlsx", "statistik.csv", "brister.csv"]) {
    const refused = await page.request.get(`/arbetsgrupp/statistik/${year}/${file}`);
    expect(refused.status(), file).toBe(403);
  }
  await page.goto("/arbetsgrupp/statistik");
  await expect(page).toHaveURL(/\/ej-behorig$/);
});
