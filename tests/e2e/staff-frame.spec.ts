import { expect, test, type Page } from "@playwright/test";
import { fileBrist, signIn, signOut } from "./file-brist";
import { expectAccessibleWithoutJavaScript, tabTo } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

const menu = (page: Page) => page.getByRole("navigation", { name: "Personalmeny" });

test("the staff header names the user and offers only the sections the role may use, the current one marked", async ({
  page,
}) => {
  await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
  const header = page.getByRole("banner");
  await expect(header).toContainText(`${E2E_USERS.SAMORDNARE.name} (Samordnare)`);
  // The public header's links belong to the reporter's side, not here.
  await expect(page.getByRole("link", { name: "Rapportera en brist" })).toHaveCount(0);
  await expect(menu(page).getByRole("link")).toHaveText(["Inkorg", "Arbetsgruppen"]);
  await expect(menu(page).getByRole("link", { name: "Inkorg" })).toHaveAttribute("aria-current", "page");

  // By keyboard: from the skip link through the header to the next section.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Hoppa till huvudinnehållet" })).toBeFocused();
  await tabTo(page, menu(page).getByRole("link", { name: "Arbetsgruppen" }), 10);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Arbetsgruppen" })).toBeVisible();
  await expect(menu(page).getByRole("link", { name: "Arbetsgruppen" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(menu(page).getByRole("link", { name: "Inkorg" })).not.toHaveAttribute("aria-current");
  await tabTo(page, page.getByRole("button", { name: "Logga ut" }), 10);

  await signOut(page);
  await signIn(page, E2E_USERS.ADMIN.email, E2E_PASSWORD);
  await expect(menu(page).getByRole("link")).toHaveText(["Administration"]);
  await page.goto("/admin/utkorg");
  await expect(menu(page).getByRole("link", { name: "Administration" })).toHaveAttribute(
    "aria-current",
    "page",
  );
});

test("on a phone the staff navigation folds behind one menu button that works by keyboard", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
  const button = page.getByRole("button", { name: "Meny" });
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(menu(page)).toBeHidden();
  await tabTo(page, button, 10);
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(menu(page)).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(menu(page).getByRole("link", { name: "Inkorg" })).toBeFocused();
  // Escape folds it again and leaves the focus on its button.
  await page.keyboard.press("Escape");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toBeFocused();
  await expect(menu(page)).toBeHidden();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(menu(page).getByRole("link", { name: "Inkorg" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Arbetsgruppen" })).toBeVisible();
  // The new page is not covered by the menu.
  await expect(button).toHaveAttribute("aria-expanded", "false");
});

test.describe("without JavaScript", () => {
  // Staff at locked-down computers: the sign-in and the menu are plain HTML.
  test.use({ javaScriptEnabled: false });

  test("on a phone the staff menu still opens, by keyboard or by touch, and its links lead on", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
    await expect(page.getByRole("heading", { level: 1, name: "Inkorg" })).toBeVisible();
    const toggle = page.getByRole("banner").getByText("Meny", { exact: true });
    await expect(menu(page)).toBeHidden();

    await tabTo(page, toggle, 10);
    await page.keyboard.press("Enter");
    await expect(menu(page)).toBeVisible();
    await expectAccessibleWithoutJavaScript(page);
    await page.keyboard.press("Tab");
    await expect(menu(page).getByRole("link", { name: "Inkorg" })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Arbetsgruppen" })).toBeVisible();
    // The new page is not covered by the menu.
    await expect(menu(page)).toBeHidden();

    await toggle.click();
    await expect(menu(page).getByRole("link", { name: "Arbetsgruppen" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await signOut(page);
  });
});

async function expectReflow(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${path} is ${width} px wide at 320 px`).toBeLessThanOrEqual(320);
}

test("every staff page reflows at 320 px: nothing but a table in its own region scrolls sideways", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const reporterContext = await browser.newContext();
  await fileBrist(await reporterContext.newPage(), "Boendestödet fick aldrig veta att patienten skrevs ut.");
  await reporterContext.close();
  await page.setViewportSize({ width: 320, height: 800 });
  const year = new Date().getFullYear();

  await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
  await page.getByRole("link", { name: /^BIS-/ }).first().click();
  await expect(page).toHaveURL(/\/inkorg\/[^/]+$/);
  const casePath = new URL(page.url()).pathname;
  for (const path of ["/inkorg", casePath, "/inkorg/gallring"]) await expectReflow(page, path);
  await page.getByRole("button", { name: "Meny" }).click();
  await signOut(page);

  await signIn(page, E2E_USERS.ARBETSGRUPP.email, E2E_PASSWORD);
  for (const path of [
    "/arbetsgrupp",
    "/arbetsgrupp/statistik",
    `/arbetsgrupp/arsrapport/${year}`,
    `/arbetsgrupp/granskning/${year}`,
  ])
    await expectReflow(page, path);
  // The meeting mode hides the header: sign out from the list page.
  await page.goto("/arbetsgrupp");
  await page.getByRole("button", { name: "Meny" }).click();
  await signOut(page);

  await signIn(page, E2E_USERS.ADMIN.email, E2E_PASSWORD);
  for (const path of [
    "/admin",
    "/admin/anvandare",
    "/admin/anvandare/ny",
    "/admin/organisationer",
    "/admin/kategorier",
    "/admin/omraden",
    "/admin/installningar",
    "/admin/gallring",
    "/admin/logg",
    "/admin/loggkontroll",
    "/admin/utkorg",
  ])
    await expectReflow(page, path);
});
