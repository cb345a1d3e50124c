import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIResponse } from "@playwright/test";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { PLANTED_STRINGS } from "../factories/planted-identities";
import { signIn } from "./file-brist";
import { expectAccessible } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

// prepare-e2e-db.ts planted identifiers in every free text of two reports and took them through the real
// operations to approved anonymised records. Nothing the arbetsgrupp can request may hold any of them.

const ROUTES_DIR = path.join(process.cwd(), "app/(staff)/arbetsgrupp");

/** Every page and route handler under app/(staff)/arbetsgrupp, as URL patterns ("/arbetsgrupp/[id]"). */
function arbetsgruppRoutes(dir = ROUTES_DIR): Array<{ pattern: string; isPage: boolean }> {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return arbetsgruppRoutes(full);
    const kind = /^(page|route)\.(tsx?|jsx?)$/.exec(name)?.[1];
    if (!kind) return [];
    const relative = path.relative(path.join(process.cwd(), "app"), dir).split(path.sep);
    const pattern = `/${relative.filter((segment) => !/^\(.*\)$/.test(segment)).join("/")}`;
    return [{ pattern, isPage: kind === "page" }];
  });
}

test("no planted identifier reaches any page or route handler of the arbetsgrupp, and the pages pass axe", async ({
  page,
}) => {
  await signIn(page, E2E_USERS.ARBETSGRUPP.email, E2E_PASSWORD);
  await page.goto("/arbetsgrupp");
  const links = await page
    .locator('main a[href^="/arbetsgrupp"], a[href^="/arbetsgrupp"]')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!));
  const ids = [...new Set(links.flatMap((href) => /^\/arbetsgrupp\/([^/?#]+)$/.exec(href)?.[1] ?? []))];
  expect(ids.length).toBeGreaterThanOrEqual(2);
  // The years the page links to (?ar=2026, /arbetsgrupp/granskning/2026): what a year parameter is filled with.
  const years = [
    ...new Set(
      links.flatMap((href) =>
        /[?&]ar=(\d{4})\b|^\/arbetsgrupp\/[^?#]*?\/(\d{4})(?:[/?#]|$)/.exec(href)?.slice(1),
      ),
    ),
  ].filter((year): year is string => !!year);
  expect(years.length).toBeGreaterThanOrEqual(1);

  const routes = arbetsgruppRoutes();
  expect(routes.map((r) => r.pattern)).toEqual(
    expect.arrayContaining(["/arbetsgrupp", "/arbetsgrupp/[id]", "/arbetsgrupp/granskning/[year]"]),
  );
  const urls = new Map<string, boolean>(links.map((href) => [href, true]));
  for (const route of routes) {
    const params = route.pattern.match(/\[[^\]]+\]/g) ?? [];
    expect(params.length, `${route.pattern}: one parameter, the brist's id or a year`).toBeLessThanOrEqual(1);
    // [id] is a brist's id; any other parameter is a year.
    const values = params[0] === "[id]" ? ids : years;
    const filled = params.length
      ? values.map((value) => route.pattern.replace(params[0]!, value))
      : [route.pattern];
    for (const url of filled) urls.set(url, route.isPage);
  }
  // The states the review pages have beyond their plain address: filtered, a later brist in the meeting mode,
  // a brist opened from the meeting mode.
  for (const year of years) {
    urls.set(`/arbetsgrupp?ar=${year}&granskad=nej&lyft=nej`, true);
    urls.set(`/arbetsgrupp/granskning/${year}?nr=2`, true);
    urls.set(`/arbetsgrupp/granskning/${year}?nr=1&granskad=ja`, true);
  }
  urls.set(`/arbetsgrupp/${ids[0]}?granskning=1`, true);

  for (const [url, isPage] of urls) {
    // The HTML, and for pages also the payload a client-side navigation fetches.
    const variants: Array<Record<string, string>> = isPage ? [{}, { RSC: "1" }] : [{}];
    for (const headers of variants) {
      const response = await page.request.get(url, { headers });
      expect(response.status(), url).toBeLessThan(400);
      const text = await readableText(response);
      for (const planted of PLANTED_STRINGS) expect(text, `${planted} on ${url}`).not.toContain(planted);
    }
  }

  for (const [url, isPage] of urls) {
    if (!isPage) continue;
    await page.goto(url);
    await expectAccessible(page);
  }
  // The planted brister are there, redacted.
  await page.goto(`/arbetsgrupp/${ids[0]}`);
  await expect(page.getByText("[personnummer]").first()).toBeVisible();
});

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * What a response says, as a reader gets it: a workbook's cells and a Word document's text read back (both files
 * are compressed, so searching their bytes would prove nothing), anything else as text.
 */
async function readableText(response: APIResponse): Promise<string> {
  const type = response.headers()["content-type"] ?? "";
  if (type.startsWith(XLSX)) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
    const cells: string[] = [];
    for (const sheet of workbook.worksheets) {
      cells.push(sheet.name);
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text))));
    }
    expect(cells.length).toBeGreaterThan(0);
    return cells.join("\n");
  }
  if (type.startsWith(DOCX)) return (await mammoth.extractRawText({ buffer: await response.body() })).value;
  return response.text();
}
