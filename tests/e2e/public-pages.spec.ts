import { expect, test, type Page } from "@playwright/test";
import {
  fillDescriptionStep,
  fillEventStep,
  fillPartnerStep,
  fillReporterStep,
  signIn,
  startReport,
  VUXENPSYKIATRI,
} from "./file-brist";
import { expectAccessible, expectNoSidewaysScroll, fillDate, today } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

// The reporter's side as a finished service: nothing answered in advance, dates as dag/månad/år, a receipt that
// survives a reload, the pages a public service must have, and every page readable at 320 px.

const DESCRIPTION =
  "Kallelsen till SIP kom aldrig fram till öppenvården, så mötet fick ställas in och bokas om två gånger.";

async function narrow(page: Page, check: () => Promise<void>) {
  const size = page.viewportSize()!;
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoSidewaysScroll(page);
    await check();
  }
  await page.setViewportSize(size);
}

async function stepIs(page: Page, text: string) {
  await expect(page.getByTestId("wizard-step")).toHaveText(text);
}

test("the wizard answers nothing in advance, asks for dates as dag, månad, år and reflows at 320 px", async ({
  page,
}) => {
  await page.goto("/rapportera");
  await page.getByRole("button", { name: "Starta en ny rapport" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Om dig/ })).toBeVisible();
  await stepIs(page, "Steg 1 av 6");
  // The full list is folded away; opened, it marks the current step.
  await page.getByText("Visa alla steg").click();
  await expect(page.locator('[aria-current="step"]')).toHaveText(/Del ett: Om dig/);
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  // The privacy notice is linked where contact details are asked for.
  await expect(
    page.getByRole("main").getByRole("link", { name: "Så behandlar vi personuppgifter" }),
  ).toBeVisible();
  await narrow(page, () => expectAccessible(page));
  await page.getByLabel("Ditt namn").fill("Nora Ek");
  await page.getByLabel("Din e-postadress").fill("nora.ek@helsingborg.se");
  await page.getByLabel("Din organisation").selectOption({ label: "Helsingborgs stad" });
  await page.getByLabel("Enhet eller verksamhet").fill("Socialpsykiatri");
  await page.getByLabel("Din roll").fill("Handläggare");
  await page.getByRole("radio", { name: "Nej" }).check();
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /Samverkanspart/ })).toBeVisible();
  await narrow(page, () => expectAccessible(page));
  await page.getByRole("checkbox", { name: "Region Skåne – Vuxenpsykiatri, öppenvård" }).check();
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /Händelsen/ })).toBeVisible();
  await stepIs(page, "Steg 3 av 6");
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  await page.getByRole("checkbox", { name: "SIP (samordnad individuell plan)" }).check();
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "att rätta" });
  await expect(
    summary.getByRole("link", { name: "Välj om du vet datumet eller bara månaden." }),
  ).toBeVisible();
  await expect(
    summary.getByRole("link", { name: "Välj en åldersgrupp eller ”Vill inte ange”." }),
  ).toBeVisible();

  // The date: three numeric fields in one group, the error on the group.
  await page.getByRole("radio", { name: "Jag vet datumet" }).check();
  const date = page.getByRole("group", { name: "Vilket datum hände det?" });
  await expect(date.getByLabel("Dag", { exact: true })).toHaveAttribute("inputmode", "numeric");
  await expect(date).toHaveAccessibleDescription(/Till exempel/);
  await date.getByLabel("Dag", { exact: true }).fill("31");
  await date.getByLabel("År", { exact: true }).fill(today().slice(0, 4));
  await page.getByRole("radio", { name: "Vill inte ange" }).check();
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
  await expect(summary.getByRole("link", { name: "Datumet måste innehålla en månad." })).toBeVisible();
  await expect(date).toHaveAccessibleDescription(/Datumet måste innehålla en månad\./);
  await expectAccessible(page);
  await fillDate(page, "Vilket datum hände det?", "2025-02-30");
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
  await expect(summary.getByRole("link", { name: "Datumet måste vara ett riktigt datum." })).toBeVisible();
  const nextYear = String(Number(today().slice(0, 4)) + 1);
  await fillDate(page, "Vilket datum hände det?", `${nextYear}-01-01`);
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
  await expect(summary.getByRole("link", { name: "Datumet kan inte vara i framtiden." })).toBeVisible();
  await narrow(page, () => expectAccessible(page));

  // Only the month, where the routine allows it.
  await page.getByRole("radio", { name: "Jag vet bara månaden" }).check();
  const month = page.getByRole("group", { name: "Vilken månad hände det?" });
  await expect(month.getByLabel("Dag", { exact: true })).toHaveCount(0);
  await fillDate(page, "Vilken månad hände det?", today().slice(0, 7));
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /Beskrivning/ })).toBeVisible();
  await narrow(page, () => expectAccessible(page));
  await page.getByLabel("Beskriv händelsen").fill(`${DESCRIPTION} Ring 070-123 45 67.`);
  await page
    .getByLabel("Vilka åtgärder har ni vidtagit för att lösa individens ärende?")
    .fill("Nytt möte bokat.");
  await page.getByRole("button", { name: "Spara del ett" }).click();
  // A phone number is named as one, not as a personnummer.
  await expect(
    summary.getByRole("link", {
      name: /^Beskrivningen innehåller ett telefonnummer som kan identifiera personen\./,
    }),
  ).toBeVisible();
  await page.getByLabel("Beskriv händelsen").fill(DESCRIPTION);
  await page.getByRole("button", { name: "Spara del ett" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Del ett är klar och sparad" })).toBeVisible();
  // Between the parts no step is current.
  await stepIs(page, "4 av 6 steg klara");
  await expect(page.locator('[aria-current="step"]')).toHaveCount(0);
  await narrow(page, () => expectAccessible(page));
  await page.getByRole("link", { name: "Fyll i del två nu" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /Överenskomna åtgärder/ })).toBeVisible();
  await stepIs(page, "Steg 5 av 6");
  // Neither "dialog hållen" nor "lyftas vidare" is answered in advance.
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Spara och granska" }).click();
  await expect(summary.getByRole("link", { name: "Välj ja eller nej." })).toHaveCount(2);
  await page
    .getByRole("group", { name: "Har ni haft dialog med samverkansparten?" })
    .getByRole("radio", { name: "Ja" })
    .check();
  await page
    .getByRole("group", { name: /Behöver bristen lyftas vidare/ })
    .getByRole("radio", { name: "Nej" })
    .check();
  await fillDate(page, "När hölls dialogen?", today());
  await page.getByLabel("Organisation", { exact: true }).fill("Vuxenpsykiatri");
  await page.getByLabel("Roll", { exact: true }).fill("Enhetschef");
  await page.getByLabel("Åtgärd", { exact: true }).fill("Kallelser går till en funktionsbrevlåda.");
  await page.getByLabel("Ansvarig part").fill("Enhetschef öppenvård");
  await fillDate(page, "Klart senast (frivilligt)", `${nextYear}-6-30`);
  await page
    .getByRole("group", { name: "Är bristen i samverkan löst?" })
    .getByRole("radio", { name: "Delvis" })
    .check();
  await narrow(page, () => expectAccessible(page));
  await page.getByRole("button", { name: "Spara och granska" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Granska och skicka" })).toBeVisible();
  await stepIs(page, "Steg 6 av 6");
  // Stored as a date, shown as typed in the summary.
  await expect(page.getByText(`${nextYear}-06-30`)).toBeVisible();
  await narrow(page, () => expectAccessible(page));
});

async function reachReview(page: Page) {
  await startReport(page);
  await fillReporterStep(page, {
    name: "Leo Falk",
    email: "leo.falk@helsingborg.se",
    organisation: "Helsingborgs stad",
    unit: "Boendestöd",
    role: "Boendestödjare",
  });
  await fillPartnerStep(page, VUXENPSYKIATRI);
  await fillEventStep(page, "Vuxen");
  await fillDescriptionStep(page, DESCRIPTION, "Nytt möte bokat.");
  await page.getByRole("link", { name: "Fyll i del två nu" }).click();
  await page
    .getByRole("group", { name: "Har ni haft dialog med samverkansparten?" })
    .getByRole("radio", { name: "Nej" })
    .check();
  await page
    .getByLabel("Varför kunde ingen dialog hållas?")
    .fill("Öppenvården har inte svarat på två veckor.");
  await page
    .getByRole("group", { name: /Behöver bristen lyftas vidare/ })
    .getByRole("radio", { name: "Ja" })
    .check();
  await page.getByRole("button", { name: "Spara och granska" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Granska och skicka" })).toBeVisible();
}

test("the submit ends the draft session: a reload shows the receipt without the code, a second tab is told it is already sent", async ({
  page,
}) => {
  await reachReview(page);
  // A second tab of the same browser on the review page, as after a lost response.
  const second = await page.context().newPage();
  await second.goto("/rapportera/granska");
  await page.getByRole("button", { name: "Skicka in rapporten" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Tack! Din rapport har kommit in" }),
  ).toBeFocused();
  const reference = (await page.getByTestId("reference").textContent())!.trim();
  // The page renders again after the draft cookie goes; the receipt and its one code stay.
  await expect(page.getByTestId("follow-up-code")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Kopia av det du skickade in" })).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies.map((cookie) => cookie.name)).not.toContain("bis_utkast");
  expect(cookies.find((cookie) => cookie.name === "bis_kvitto")?.value).toMatch(
    new RegExp(`^${reference}\\.`),
  );
  // The headings follow the visual order: h1, then the receipt, what happens next and the copy with its parts.
  const levels = await page
    .getByRole("main")
    .locator("h1, h2, h3, h4")
    .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  await narrow(page, () => expectAccessible(page));

  await second.getByRole("button", { name: "Skicka in rapporten" }).click();
  await expect(second.getByRole("heading", { level: 1, name: "Rapporten är redan skickad" })).toBeFocused();
  await expect(second.getByTestId("reference")).toHaveText(reference);
  await expect(second.getByText(/ingen ny rapport har skapats/)).toBeVisible();
  await expect(second.getByTestId("follow-up-code")).toHaveCount(0);
  await expect(second.getByText("Vi hittar inget pågående utkast")).toHaveCount(0);
  await narrow(second, () => expectAccessible(second));
  // A step of the wizard opened afterwards says the report is sent, not that there is no draft.
  await second.goto("/rapportera/del-tva");
  await expect(second.getByText(/Rapporten är redan skickad, med referensnummer/)).toContainText(reference);
  await second.close();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Rapporten är skickad" })).toBeVisible();
  await expect(page.getByTestId("reference")).toHaveText(reference);
  await expect(page.getByTestId("follow-up-code")).toHaveCount(0);
  await expect(page.getByText(/Uppföljningskoden visades en gång/)).toBeVisible();
  await expect(page.getByText("Vi hittar inget pågående utkast")).toHaveCount(0);
  await narrow(page, () => expectAccessible(page));
});

test("the public pages are linked from every footer, pass axe and reflow at 320 px", async ({ page }) => {
  for (const path of ["/", "/rapportera", "/uppfoljning", "/rapportera/fortsatt", "/logga-in"]) {
    await page.goto(path);
    const footer = page.getByRole("contentinfo");
    for (const name of ["Tillgänglighetsredogörelse", "Personuppgifter", "Kontakt och om tjänsten"]) {
      await expect(footer.getByRole("link", { name }), `${name} on ${path}`).toBeVisible();
    }
    await narrow(page, () => expectAccessible(page));
  }

  await page.goto("/personuppgifter");
  await expect(
    page.getByRole("heading", { level: 1, name: "Så behandlar vi personuppgifter" }),
  ).toBeVisible();
  for (const heading of [
    "Personuppgiftsansvarig",
    "Rättslig grund",
    "Hur länge uppgifterna sparas",
    "Vem som kan se uppgifterna",
    "Dina rättigheter",
    "Dataskyddsombud och klagomål",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText(/Helsingborgs stad är personuppgiftsansvarig/)).toBeVisible();
  await expect(page.getByRole("link", { name: "dataskyddsombud@example.se" })).toBeVisible();
  await expect(page.getByText(/raderas 90 dagar efter/)).toBeVisible();
  await narrow(page, () => expectAccessible(page));

  await page.goto("/tillganglighet");
  await expect(
    page.getByRole("heading", { level: 2, name: "Innehåll som inte är tillgängligt" }),
  ).toBeVisible();
  await expect(page.getByTestId("known-issues").getByRole("listitem")).not.toHaveCount(0);
  await expect(page.getByText(/delvis förenlig med lagen/)).toBeVisible();
  await expect(page.getByRole("link", { name: "tillganglighet@example.se" }).first()).toBeVisible();
  await narrow(page, () => expectAccessible(page));

  await page.goto("/kontakt");
  await expect(page.getByRole("heading", { level: 1, name: "Kontakt och om tjänsten" })).toBeVisible();
  // Role mailboxes only.
  const addresses = await page.getByRole("link", { name: /@/ }).allTextContents();
  expect(addresses.length).toBeGreaterThan(0);
  for (const address of addresses) expect(address).toMatch(/^[a-z-]+@example\.se$/);
  await narrow(page, () => expectAccessible(page));
});

test("the host's name and main colour come from the settings, and a colour too light is refused", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: /Helsingborgs stad/ })).toBeVisible();

  await signIn(page, E2E_USERS.ADMIN.email, E2E_PASSWORD);
  await page.goto("/admin/installningar");
  const colour = page.getByLabel("Huvudfärg (frivilligt)");
  await colour.fill("#ffcc00");
  await page.getByRole("button", { name: "Spara instansinställningarna" }).click();
  await expect(colour).toHaveAccessibleDescription(/Färgen är för ljus: kontrasten mot vit text/);
  await colour.fill("#6a1b9a");
  await page.getByRole("button", { name: "Spara instansinställningarna" }).click();
  // Typing the new colour already clears the error: the saved answer is what says the save is done.
  await expect(page.getByRole("status").filter({ hasText: "Inställningarna är sparade." })).toBeVisible();
  await expect(colour).not.toHaveAttribute("aria-invalid", "true");

  await page.goto("/");
  await expect(page.getByRole("banner")).toHaveCSS("background-color", "rgb(106, 27, 154)");
  await expectAccessible(page);

  // Back to the service's own blue for the specs that follow.
  await page.goto("/admin/installningar");
  await page.getByLabel("Huvudfärg (frivilligt)").fill("");
  await page.getByRole("button", { name: "Spara instansinställningarna" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Inställningarna är sparade." })).toBeVisible();
  await expect(page.getByLabel("Huvudfärg (frivilligt)")).toHaveValue("");
});
