import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

/** No WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page) {
  // After a client-side navigation the <title> can arrive a moment after the heading; don't let axe race it.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

/** Moves focus with Tab only until the target has it: proves the control is reachable by keyboard. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Could not reach ${target.toString()} with Tab`);
}

export async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Types an ISO date ("2026-03-27", or "2026-03" where only the month is asked) into a dag/månad/år group. */
export async function fillDate(page: Page, legend: string | RegExp, iso: string) {
  const group = page.getByRole("group", { name: legend });
  const [year, month, day] = iso.split("-");
  if (day !== undefined) await group.getByLabel("Dag", { exact: true }).fill(day);
  await group.getByLabel("Månad", { exact: true }).fill(month!);
  await group.getByLabel("År", { exact: true }).fill(year!);
}

/** WCAG 1.4.10 reflow: at this viewport the page is no wider than the window (no sideways scrolling). */
export async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${page.url()} is ${scrollWidth} px wide at ${innerWidth} px`).toBeLessThanOrEqual(
    innerWidth,
  );
}

/** Opens a folded form of the case page (a `<details>` disclosure) the way a keyboard user does. */
export async function openFolded(page: Page, summary: string) {
  const control = page.locator("summary", { hasText: summary });
  await control.focus();
  await page.keyboard.press("Enter");
  await expect(control.locator("xpath=..")).toHaveAttribute("open", "");
}

/**
 * expectAccessible for a page opened with JavaScript turned off, where axe can't run: the page as served (its
 * scripts left out) is checked in a second page of its own with the same address, styles and all.
 */
export async function expectAccessibleWithoutJavaScript(page: Page) {
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const url = page.url();
  const context = await page.context().browser()!.newContext({ locale: "sv-SE", javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route(url, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
    // Not "load": the copy's preloaded scripts are gone, and it would wait for them.
    await copy.goto(url, { waitUntil: "domcontentloaded" });
    await expectAccessible(copy);
  } finally {
    await context.close();
  }
}
