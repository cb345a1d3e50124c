import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./file-brist";
import { expectAccessible, tabTo } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

// prepare-e2e-db.ts made at least two approved anonymised brister of the current year (SIP, kommunikation,
// rutiner and SIP, SVU/Mina planer, rutiner); other specs may add more. Counts are read from the page.

const COMMENT = "Kallelsen fastnade mellan verksamheterna och ingen ägde frågan.";

async function progress(page: Page): Promise<{ reviewed: number; total: number }> {
  const text = (await page.locator("#granskning-framsteg").textContent()) ?? "";
  const match = /(\d+) av (\d+) brist/.exec(text);
  expect(match, text).not.toBeNull();
  return { reviewed: Number(match![1]), total: Number(match![2]) };
}

/** Ticks or unticks a checkbox by Tab and Space. */
async function toggle(page: Page, box: ReturnType<Page["getByRole"]>) {
  await tabTo(page, box, 200);
  await page.keyboard.press("Space");
}

test("an arbetsgrupp member filters the list, opens a brist and records the analysis by keyboard alone", async ({
  page,
}) => {
  await signIn(page, E2E_USERS.ARBETSGRUPP.email, E2E_PASSWORD);
  await page.goto("/arbetsgrupp");
  await expect(page.getByRole("heading", { level: 1, name: "Arbetsgruppen" })).toBeVisible();
  const before = await progress(page);
  expect(before.total).toBeGreaterThanOrEqual(2);
  await expectAccessible(page);

  // Only the brister not yet reviewed in which communication failed.
  await page.getByLabel("Kategori").selectOption({ label: "kommunikation" });
  await page.getByLabel("Arbetsgruppens granskning").selectOption({ label: "Inte granskade" });
  await page.getByRole("button", { name: "Visa brister" }).click();
  await expect(page).toHaveURL(/kategori=[^&]+.*granskad=nej/);
  await expect(page.getByText(/^Visar \d+ av \d+ brister\.$/)).toBeVisible();
  await expectAccessible(page);
  const list = page.getByRole("region", { name: /^Avidentifierade brister \d{4}$/ });
  const first = list.getByRole("link").first();
  const reference = (await first.textContent())!.trim();
  await tabTo(page, first, 200);
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { level: 1, name: `Avidentifierad brist ${reference}` }),
  ).toBeVisible();
  await expect(page.getByText("Arbetsgruppen har inte sparat någon analys av bristen ännu.")).toBeVisible();
  await expectAccessible(page);

  const analysis = page.getByRole("region", { name: "Arbetsgruppens analys" });
  const categories = analysis.getByRole("group", { name: /^Bakomliggande orsaker/ });
  const box = (name: string) => categories.getByRole("checkbox", { name, exact: true });
  // The coordinators' classification is ticked until the group saves its own.
  await expect(box("kommunikation")).toBeChecked();
  await expect(box("bemötande/bristande engagemang")).not.toBeChecked();

  // A first try: every category unticked and a name in the comment.
  const ticked = await categories
    .getByRole("checkbox", { checked: true })
    .evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).labels![0]!.textContent!.trim()),
    );
  expect(ticked).toContain("kommunikation");
  for (const name of ticked) await toggle(page, box(name));
  await expect(categories.getByRole("checkbox", { checked: true })).toHaveCount(0);
  const comment = analysis.getByRole("textbox", { name: /^Arbetsgruppens kommentar/ });
  await tabTo(page, comment);
  await page.keyboard.type("Anna Svensson på mottagningen svarade aldrig.");
  await expect(
    analysis.getByText("Texten ser ut att innehålla uppgifter som kan identifiera personen:"),
  ).toBeVisible();
  await tabTo(page, analysis.getByRole("button", { name: "Spara analysen" }));
  await page.keyboard.press("Enter");
  const summary = page.getByRole("alert").filter({ hasText: "Det finns 2 fel att rätta" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Välj minst en bakomliggande orsak.");
  await expectAccessible(page);

  // Then the analysis: two causes, a comment without the name, both flags.
  await toggle(page, box("kommunikation"));
  await toggle(page, box("bemötande/bristande engagemang"));
  await tabTo(page, comment);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(COMMENT);
  await expect(
    analysis.getByText("Texten ser ut att innehålla uppgifter som kan identifiera personen:"),
  ).toBeHidden();
  await toggle(page, analysis.getByRole("checkbox", { name: "Exempel i årsrapporten" }));
  await toggle(page, analysis.getByRole("checkbox", { name: "Hör till årets fokusområde" }));
  await tabTo(page, analysis.getByRole("button", { name: "Spara analysen" }));
  await page.keyboard.press("Enter");
  await expect(analysis.getByRole("status")).toHaveText(/Analysen är sparad\./);
  await expect(page.getByText(`Senast sparad av ${E2E_USERS.ARBETSGRUPP.name}`)).toBeVisible();
  await expectAccessible(page);

  // What was saved is what the page shows when it is opened again.
  await page.reload();
  await expect(box("kommunikation")).toBeChecked();
  await expect(box("bemötande/bristande engagemang")).toBeChecked();
  await expect(box("SIP")).not.toBeChecked();
  await expect(comment).toHaveValue(COMMENT);
  await expect(analysis.getByRole("checkbox", { name: "Exempel i årsrapporten" })).toBeChecked();
  await expect(analysis.getByRole("checkbox", { name: "Hör till årets fokusområde" })).toBeChecked();
  await expect(analysis.getByRole("button", { name: "Spara ändringarna i analysen" })).toBeVisible();

  // Back in the filtered list the progress has moved and the brist is no longer among the unreviewed.
  await tabTo(page, page.getByRole("link", { name: /^Tillbaka till listan/ }), 200);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/granskad=nej/);
  await expect(page.locator("#granskning-framsteg")).toContainText(
    `${before.reviewed + 1} av ${before.total} brister granskade`,
  );
  await expect(list.getByRole("link", { name: reference, exact: true })).toHaveCount(0);
  expect(await progress(page)).toEqual({ reviewed: before.reviewed + 1, total: before.total });
});

test("the meeting mode shows one brist at a time, moves by link and arrow key, and keeps the filters", async ({
  page,
}) => {
  await signIn(page, E2E_USERS.ARBETSGRUPP.email, E2E_PASSWORD);
  await page.goto("/arbetsgrupp");
  const { total } = await progress(page);
  await tabTo(page, page.getByRole("link", { name: "Granska i mötesläge" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/arbetsgrupp\/granskning\/\d{4}\?nr=1$/);
  const pager = page.getByRole("navigation", { name: "Bläddra bland bristerna", exact: true });
  await expect(pager).toContainText(`Brist 1 av ${total}`);
  // Nothing but the brist: no staff menu, no site header or footer; a way out.
  await expect(page.getByRole("navigation", { name: "Personalmeny" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Rapportera en brist" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Avsluta mötesläget" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Händelsen" })).toBeVisible();
  const firstReference = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  await expectAccessible(page);

  await tabTo(page, pager.getByRole("link", { name: "Nästa" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/nr=2$/);
  await expect(pager).toContainText(`Brist 2 av ${total}`);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(firstReference);
  await expectAccessible(page);

  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/nr=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(firstReference);

  // Recording the analysis from the meeting and coming back to the same place.
  await tabTo(page, page.getByRole("link", { name: /arbetsgruppens analys av / }));
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { level: 1, name: `Avidentifierad brist ${firstReference}` }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Tillbaka till mötesläget" }).click();
  await expect(page).toHaveURL(/\/arbetsgrupp\/granskning\/\d{4}\?nr=1$/);
  await page.getByRole("link", { name: "Avsluta mötesläget" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Arbetsgruppen" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Personalmeny" })).toBeVisible();

  // The list's filters ride along into the meeting mode.
  await page.getByLabel("Arbetsgruppens granskning").selectOption({ label: "Granskade" });
  await page.getByRole("button", { name: "Visa brister" }).click();
  await page.getByRole("link", { name: "Granska i mötesläge (med filtren nedan)" }).click();
  await expect(page).toHaveURL(/\/arbetsgrupp\/granskning\/\d{4}\?nr=1&granskad=ja$/);
  await expect(page.getByText(/\(filtrerad: \d+ av \d+ brister\)/)).toBeVisible();
  await expect(page.getByRole("article")).toContainText("✓ Granskad");
  await expectAccessible(page);
});
