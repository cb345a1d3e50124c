import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
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

  const routes = arbetsgruppRoutes();
  expect(routes.map((r) => r.pattern)).toEqual(expect.arrayContaining(["/arbetsgrupp", "/arbetsgrupp/[id]"]));
  const urls = new Map<string, boolean>(links.map((href) => [href, true]));
  for (const route of routes) {
    const params = route.pattern.match(/\[[^\]]+\]/g) ?? [];
    expect(params.length, `${route.pattern}: one parameter, the brist's id`).toBeLessThanOrEqual(1);
    const filled = params.length ? ids.map((id) => route.pattern.replace(params[0]!, id)) : [route.pattern];
    for (const url of filled) urls.set(url, route.isPage);
  }

  for (const [url, isPage] of urls) {
    // The HTML, and for pages also the payload a client-side navigation fetches.
    const variants: Array<Record<string, string>> = isPage ? [{}, { RSC: "1" }] : [{}];
    for (const headers of variants) {
      const response = await page.request.get(url, { headers });
      expect(response.status(), url).toBeLessThan(400);
      const body = await response.text();
      for (const planted of PLANTED_STRINGS) expect(body, `${planted} on ${url}`).not.toContain(planted);
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
