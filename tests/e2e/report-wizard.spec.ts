import { expect, test, type Page } from "@playwright/test";
import { fillEventStep, fillPartnerStep, fillReporterStep, startReport, VUXENPSYKIATRI } from "./file-brist";
import { expectAccessible, fillDate, tabTo, today, typeInto } from "./helpers";

/** A date as the service writes it: "27 november 2026", Swedish time. */
function swedishDate(date: Date) {
  return new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeZone: "Europe/Stockholm" }).format(date);
}

const DESCRIPTION =
  "Socialpsykiatrin kallade till SIP i Mina planer för en vuxen med psykossjukdom. Öppenvården tackade ja men ingen kom till mötet, och uppföljningen dröjde flera veckor.";
const ACTIONS = "Vi bokade ett nytt SIP-möte och kontaktade enhetschefen på öppenvården direkt.";
const BLOCKED =
  "Ta bort personnumret ur beskrivningen. Rapporten får inte innehålla personnummer eller samordningsnummer.";
const CONFIRM = "Jag har kontrollerat uppgifterna och de behövs för att förstå händelsen.";
const CONFIRMATION_REQUIRED =
  "Beskrivningen innehåller ett namn som kan identifiera personen. Ta bort det, eller kryssa i att det behövs för att förstå händelsen.";

async function fillDelEtt(page: Page) {
  await page.goto("/rapportera");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Starta en ny rapport" }).click();

  // The step heading is read with a separator ("Del ett: Om dig") and takes focus after the navigation.
  await expect(page.getByRole("heading", { level: 1, name: /^Del ett ?: Om dig$/ })).toBeFocused();
  // Submitting empty shows the error summary, linked to the fields, in Swedish.
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "att rätta" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Fyll i ditt namn." })).toBeVisible();
  await expectAccessible(page);
  await summary.getByRole("link", { name: "Fyll i ditt namn." }).click();
  await expect(page.getByLabel("Ditt namn")).toBeFocused();

  await page.getByLabel("Ditt namn").fill("Sara Lind");
  await page.getByLabel("Din e-postadress").fill("inte-en-adress");
  await page.getByLabel("Din organisation").selectOption({ label: "Helsingborgs stad" });
  await page.getByLabel("Enhet eller verksamhet").fill("Socialpsykiatri");
  await page.getByLabel("Din roll").fill("Handläggare");
  await page.getByRole("radio", { name: "Ja" }).check();
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
  // The bad e-mail is refused, and nothing else typed is lost.
  await expect(page.getByText("Skriv e-postadressen som namn@exempel.se.").first()).toBeVisible();
  await expect(page.getByLabel("Ditt namn")).toHaveValue("Sara Lind");
  await page.getByLabel("Din e-postadress").fill("sara.lind@helsingborg.se");
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /^Del ett ?: Samverkanspart$/ })).toBeFocused();
  await expectAccessible(page);
  // At least one party is required, so the groups are not marked optional and the hint says so.
  await expect(page.getByRole("group", { name: "Kommuner", exact: true })).toHaveAccessibleDescription(
    /^Välj minst en\./,
  );
  await expect(page.getByRole("group", { name: "Regionen", exact: true })).toBeVisible();
  await page.getByRole("checkbox", { name: "Region Skåne – Vuxenpsykiatri, öppenvård" }).check();
  // "Tillbaka" right after typing still saves the last keystrokes.
  await page.getByLabel("Övrig aktör som inte finns i listan").fill("Försäkringskassan");
  await page.getByRole("link", { name: "Tillbaka" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Del ett ?: Om dig$/ })).toBeFocused();
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Del ett ?: Samverkanspart$/ })).toBeFocused();
  await expect(page.getByLabel("Övrig aktör som inte finns i listan")).toHaveValue("Försäkringskassan");
  await expect(
    page.getByRole("checkbox", { name: "Region Skåne – Vuxenpsykiatri, öppenvård" }),
  ).toBeChecked();
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /Händelsen/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("radio", { name: "Jag vet datumet" }).check();
  await fillDate(page, "Vilket datum hände det?", today());
  await page.getByRole("checkbox", { name: "SIP (samordnad individuell plan)" }).check();
  await page.getByRole("radio", { name: "Vuxen", exact: true }).check();
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /Beskrivning/ })).toBeVisible();
  await expectAccessible(page);
  // A personnummer is flagged while typing and refused on save.
  await page.getByLabel("Beskriv händelsen").fill(`${DESCRIPTION} Gäller 19850101-1234.`);
  await expect(page.getByRole("listitem").filter({ hasText: "Måste tas bort: Personnummer" })).toContainText(
    "”19850101-1234”",
  );
  await page.getByLabel("Vilka åtgärder har ni vidtagit för att lösa individens ärende?").fill(ACTIONS);
  await page.getByRole("button", { name: "Spara del ett" }).click();
  await expect(page.getByRole("link", { name: BLOCKED })).toBeVisible();
  await page.getByLabel("Beskriv händelsen").fill(DESCRIPTION);
  await page.getByRole("button", { name: "Spara del ett" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Del ett är klar och sparad" })).toBeVisible();
  await expectAccessible(page);
}

test("a new user files a brist in two parts, resumes with the code, submits and follows it up", async ({
  page,
  browser,
}) => {
  const visited: string[] = [];
  page.on("framenavigated", (frame) => visited.push(frame.url()));

  await fillDelEtt(page);
  const resumeCode = (await page.getByTestId("resume-code").textContent())!.trim();
  expect(resumeCode.replace(/-/g, "")).toHaveLength(26);
  await expect(page.getByText(/Utkastet sparas till och med/)).toBeVisible();

  // A printable copy of del ett for the partner.
  await page.getByRole("link", { name: "Öppna utskriftsvänlig kopia av del ett" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /kopia av del ett/ })).toBeVisible();
  await expect(page.getByText(DESCRIPTION)).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByTestId("printed-date")).toHaveText(`Utskriven ${swedishDate(new Date())}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: /Skriv ut/ })).toBeHidden();
  // On paper: no header bar or skip link, only the service's name as plain text, and the date.
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("link", { name: "Hoppa till huvudinnehållet" })).toBeHidden();
  await expect(page.getByText("Brister i samverkan", { exact: true }).filter({ visible: true })).toHaveCount(
    1,
  );
  await expect(page.getByTestId("printed-date")).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("banner")).toBeVisible();
  await page.goBack();

  // The partner link opens once, shows del ett, takes a comment; a second opening answers 410.
  await page.getByLabel("Samverkanspartens e-postadress").fill("psykiatri.oppenvard@skane.se");
  await page.getByRole("button", { name: "Skapa länk till samverkansparten" }).click();
  const partnerLink = (await page.getByTestId("partner-link").textContent())!.trim();
  const partnerContext = await browser.newContext();
  const partner = await partnerContext.newPage();
  // A mail scanner fetching the link does not use it up: GET only shows a button.
  const scanned = await partnerContext.request.get(partnerLink, { maxRedirects: 0 });
  expect(scanned.status()).toBe(200);
  expect(await scanned.text()).not.toContain("SIP");
  await partner.goto(partnerLink);
  await expect(partner.getByRole("heading", { level: 1, name: "Öppna del ett" })).toBeVisible();
  await expect(partner.getByText(DESCRIPTION)).toBeHidden();
  await expectAccessible(partner);
  await partner.getByRole("button", { name: "Öppna del ett" }).click();
  await expect(partner.getByRole("heading", { level: 1, name: "Brist i samverkan: del ett" })).toBeVisible();
  expect(new URL(partner.url()).pathname).toBe("/samverkanspart");
  await expect(partner.getByText(DESCRIPTION)).toBeVisible();
  await expectAccessible(partner);
  await partner.getByLabel("Din organisation").fill("Vuxenpsykiatri öppenvård");
  await partner.getByLabel("Din roll").fill("Enhetschef");
  await partner
    .getByLabel("Kommentar inför dialogen")
    .fill("Vi saknade en ersättare för SIP-kallelser under semestern.");
  await partner.getByRole("button", { name: "Skicka kommentar" }).click();
  await expect(partner.getByText("Tack! Din kommentar är skickad")).toBeVisible();
  const reopened = await partner.request.get(partnerLink, { maxRedirects: 0 });
  expect(reopened.status()).toBe(410);
  const gonePage = await reopened.text();
  expect(gonePage).toContain("Länken gäller inte längre");
  expect(gonePage).not.toContain("SIP");
  const reposted = await partner.request.post(partnerLink, { maxRedirects: 0 });
  expect(reposted.status()).toBe(410);
  expect(await reposted.text()).toBe(gonePage);
  await partnerContext.close();

  // Leave: a new browser session has no draft until the code is given.
  await page.context().clearCookies();
  await page.goto("/rapportera/fortsatt");
  await expectAccessible(page);
  await page.getByLabel("Din kod").fill(resumeCode);
  await page.getByRole("button", { name: "Fortsätt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Del ett är klar och sparad" })).toBeVisible();
  await expect(page.getByText("Vi saknade en ersättare för SIP-kallelser")).toBeVisible();

  // With a draft in the browser, continuing is the main action; a new report takes a confirmation.
  await page.goto("/rapportera");
  await expect(page.getByRole("button", { name: "Ja, starta en ny rapport" })).toBeHidden();
  await page.getByText("Starta en ny rapport", { exact: true }).click();
  await expect(page.getByText("Ditt pågående utkast finns kvar och kan öppnas med din kod.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Se koden till ditt utkast" })).toHaveAttribute(
    "href",
    "/rapportera/spara",
  );
  await expect(page.getByRole("button", { name: "Ja, starta en ny rapport" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Fortsätt på ditt utkast" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Del ett är klar och sparad" })).toBeFocused();

  await page.getByRole("link", { name: "Fyll i del två nu" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^Del två ?: Överenskomna åtgärder$/ }),
  ).toBeFocused();
  // Del två is written after the dialogue, so the partner's comment is shown above the form.
  await expect(
    page
      .getByRole("region", { name: "Samverkanspartens kommentar" })
      .getByText("Vi saknade en ersättare för SIP-kallelser"),
  ).toBeVisible();
  await expectAccessible(page);
  const response = await page.request.get("/rapportera/del-tva");
  expect(response.headers()["cache-control"]).toContain("no-store");
  // Nothing is answered in advance.
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  await page
    .getByRole("group", { name: "Har ni haft dialog med samverkansparten?" })
    .getByRole("radio", { name: "Ja" })
    .check();
  await fillDate(page, "När hölls dialogen?", today());
  await page
    .getByRole("group", { name: /Behöver bristen lyftas vidare/ })
    .getByRole("radio", { name: "Nej" })
    .check();
  await page.getByLabel("Organisation", { exact: true }).fill("Vuxenpsykiatri öppenvård");
  await page.getByLabel("Roll", { exact: true }).fill("Enhetschef");
  await page
    .getByLabel("Åtgärd", { exact: true })
    .fill("Öppenvården utser en namngiven ersättare för SIP-kallelser.");
  await page.getByLabel("Ansvarig part").fill("Enhetschef psykiatrisk öppenvård");
  // "Klart senast" is optional, says its format, and a date that does not exist is named as such.
  const targetDate = page.getByRole("group", { name: "Klart senast (frivilligt)" });
  await expect(targetDate).toHaveAccessibleDescription("Till exempel 30 6 2026.");
  await fillDate(page, "Klart senast (frivilligt)", "2026-02-30");
  await page.getByRole("button", { name: "Spara och granska" }).click();
  const dateSummary = page.getByRole("alert").filter({ hasText: "att rätta" });
  await expect(dateSummary).toBeFocused();
  await expect(
    dateSummary.getByRole("link", { name: "Datumet måste vara ett riktigt datum." }),
  ).toBeVisible();
  await fillDate(page, "Klart senast (frivilligt)", `${new Date().getFullYear() + 1}-06-30`);
  await page.getByRole("button", { name: "Lägg till åtgärd" }).click();
  await page.getByLabel("Åtgärd", { exact: true }).nth(1).fill("Gemensam genomgång av SIP-rutinen.");
  await page.getByLabel("Ansvarig part").nth(1).fill("Socialpsykiatrin och öppenvården");
  await page
    .getByRole("group", { name: "Är bristen i samverkan löst?" })
    .getByRole("radio", { name: "Delvis" })
    .check();
  await page.getByRole("button", { name: "Spara och granska" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Granska och skicka" })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByText("Gemensam genomgång av SIP-rutinen.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Ändra om rapportören" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Samverkanspartens kommentar" })).toBeVisible();
  await page.getByRole("button", { name: "Skicka in rapporten" }).click();

  await expect(
    page.getByRole("heading", { level: 1, name: "Tack! Din rapport har kommit in" }),
  ).toBeVisible();
  // The receipt's copy is what was sent in: it can no longer be changed.
  await expect(page.getByText("Gemensam genomgång av SIP-rutinen.")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Ändra/ })).toHaveCount(0);
  const reference = (await page.getByTestId("reference").textContent())!.trim();
  expect(reference).toMatch(new RegExp(`^BIS-${new Date().getFullYear()}-\\d{4}$`));
  const followUpCode = (await page.getByTestId("follow-up-code").textContent())!.trim();
  await expectAccessible(page);

  await page.goto("/uppfoljning");
  await expectAccessible(page);
  await page.getByLabel("Uppföljningskod").fill("FEL00-FEL00-FEL00-FEL00-FEL00-0");
  await page.getByRole("button", { name: "Visa status" }).click();
  // A refused code is shown at the field and in the error summary, which takes focus.
  await expect(page.getByLabel("Uppföljningskod")).toHaveAccessibleDescription(/Koden stämmer inte\./);
  const codeSummary = page.getByRole("alert").filter({ hasText: "att rätta" });
  await expect(codeSummary).toBeFocused();
  await expect(codeSummary.getByRole("link", { name: /^Koden stämmer inte\./ })).toBeVisible();
  await page.getByLabel("Uppföljningskod").fill(followUpCode);
  await page.getByRole("button", { name: "Visa status" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Rapport ${reference}` })).toBeVisible();
  await expect(page.getByTestId("status")).toHaveText("Inkommen");
  await expectAccessible(page);

  // Leaving the follow-up forgets the code in this browser.
  await page.getByRole("button", { name: "Logga ut från uppföljningen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Följ upp din rapport" })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/uppfoljning");
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("bis_uppfoljning");
  await page.goto("/uppfoljning/arende");
  await expect(page.getByRole("heading", { level: 1, name: "Följ upp din rapport" })).toBeVisible();

  // No typed value ever travelled in an address.
  for (const url of visited) {
    for (const typed of ["Sara", "sara.lind", "Socialpsykiatri", resumeCode, followUpCode]) {
      expect(url).not.toContain(typed);
    }
  }
});

test("the keyboard alone can file a brist without a dialogue", async ({ page }) => {
  await page.goto("/rapportera");
  await tabTo(page, page.getByRole("button", { name: "Starta en ny rapport" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: /Om dig/ })).toBeFocused();

  await typeInto(page, page.getByLabel("Ditt namn"), "Omar Berg");
  await typeInto(page, page.getByLabel("Din e-postadress"), "omar.berg@landskrona.se");
  await tabTo(page, page.getByLabel("Din organisation"));
  await page.keyboard.type("Landskrona");
  await typeInto(page, page.getByLabel("Enhet eller verksamhet"), "Boendestöd");
  await typeInto(page, page.getByLabel("Din roll"), "Boendestödjare");
  // Tab enters a radio group on its first option; the arrow keys choose.
  await tabTo(page, page.getByRole("radio", { name: "Ja" }));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Nej" })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Spara och fortsätt" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: /Samverkanspart/ })).toBeFocused();
  await tabTo(page, page.getByRole("checkbox", { name: "Region Skåne – Vuxenpsykiatri, slutenvård" }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Spara och fortsätt" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: /Händelsen/ })).toBeFocused();
  await tabTo(page, page.getByRole("radio", { name: "Jag vet datumet" }));
  await page.keyboard.press("ArrowDown");
  const month = page.getByRole("group", { name: "Vilken månad hände det?" });
  await typeInto(page, month.getByRole("textbox", { name: "Månad" }), today().slice(5, 7));
  await typeInto(page, month.getByRole("textbox", { name: "År" }), today().slice(0, 4));
  // No age group is chosen in advance; "Vill inte ange" is an answer like the others.
  await tabTo(page, page.getByRole("radio", { name: "Barn (0–17 år)" }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("checkbox", { name: "SVU/utskrivning från sluten vård" }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Spara och fortsätt" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: /Beskrivning/ })).toBeFocused();
  await typeInto(
    page,
    page.getByLabel("Beskriv händelsen"),
    "Utskrivning en fredag eftermiddag utan att utskrivningsklar registrerats i Mina planer; boendestödet var inte på plats.",
  );
  await typeInto(
    page,
    page.getByLabel("Vilka åtgärder har ni vidtagit för att lösa individens ärende?"),
    "Extra hembesök under helgen.",
  );
  await tabTo(page, page.getByRole("button", { name: "Spara del ett" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "Del ett är klar och sparad" })).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: "Fyll i del två nu" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: /Överenskomna åtgärder/ })).toBeFocused();
  await tabTo(
    page,
    page
      .getByRole("group", { name: "Har ni haft dialog med samverkansparten?" })
      .getByRole("radio", { name: "Ja" }),
  );
  await page.keyboard.press("ArrowDown");
  await typeInto(
    page,
    page.getByLabel("Varför kunde ingen dialog hållas?"),
    "Slutenvården har inte svarat på två förfrågningar.",
  );
  await tabTo(
    page,
    page.getByRole("group", { name: /Behöver bristen lyftas vidare/ }).getByRole("radio", { name: "Ja" }),
  );
  await page.keyboard.press("ArrowDown");
  await tabTo(page, page.getByRole("button", { name: "Spara och granska" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "Granska och skicka" })).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Skicka in rapporten" }));
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { level: 1, name: "Tack! Din rapport har kommit in" }),
  ).toBeFocused();
  await expect(page.getByTestId("reference")).toHaveText(/^BIS-\d{4}-\d{4}$/);
});

/** Starts a report and fills the first three steps, up to "Beskrivning och åtgärder". */
async function startToDescription(page: Page) {
  await startReport(page);
  await fillReporterStep(page, {
    name: "Eva Holm",
    email: "eva.holm@helsingborg.se",
    organisation: "Helsingborgs stad",
    unit: "Socialpsykiatri",
    role: "Handläggare",
  });
  await fillPartnerStep(page, VUXENPSYKIATRI);
  await fillEventStep(page);
  await expect(page.getByRole("heading", { level: 1, name: /Beskrivning/ })).toBeFocused();
}

test("a personnummer is shown while typing, blocks the step and is never saved; a name asks for a confirmation", async ({
  page,
  browser,
}) => {
  await startToDescription(page);
  const description = page.getByLabel("Beskriv händelsen");
  const findings = page.locator("#description-after");
  const announcement = findings.locator("[aria-live=polite]");
  await description.fill(DESCRIPTION);
  await expect(page.getByText(/^Utkastet är sparat \d\d:\d\d\.$/)).toBeVisible();

  // Typing a personnummer: the finding, what to do and that the step can't be saved, not by colour alone.
  await description.fill(`${DESCRIPTION} Gäller 19850312-1234.`);
  const blocked = findings.getByRole("listitem").filter({ hasText: "Måste tas bort: Personnummer" });
  await expect(blocked).toContainText("”19850312-1234”");
  await expect(blocked).toContainText("Ta bort personnumret. Det får aldrig finnas i rapporten.");
  await expect(findings.getByText(/Du kan inte gå vidare förrän numret är borttaget/)).toBeVisible();
  // Announced once typing pauses.
  await expect(announcement).toHaveText("Beskriv händelsen: personnummer måste tas bort.");
  // Autosave leaves the text out, and says so.
  await expect(page.getByText(/utom text med personnummer eller samordningsnummer/)).toBeVisible();
  await page.getByLabel("Vilka åtgärder har ni vidtagit för att lösa individens ärende?").fill(ACTIONS);
  await expectAccessible(page);

  // "Spara del ett" refuses it, at the field and in the summary.
  await page.getByRole("button", { name: "Spara del ett" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "att rätta" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: BLOCKED })).toBeVisible();
  await expect(description).toHaveAccessibleDescription(new RegExp(BLOCKED.replace(/\./g, "\\.")));
  await expect(page.getByRole("heading", { level: 1, name: /Beskrivning/ })).toBeVisible();
  await expectAccessible(page);

  // Another browser resuming the draft gets only what was stored: the text before the personnummer.
  const codePage = await page.context().newPage();
  await codePage.goto("/rapportera/spara");
  const resumeCode = (await codePage.getByTestId("resume-code").textContent())!.trim();
  await codePage.close();
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await other.goto("/rapportera/fortsatt");
  await other.getByLabel("Din kod").fill(resumeCode);
  await other.getByRole("button", { name: "Fortsätt" }).click();
  await expect(other.getByRole("heading", { level: 1, name: /Beskrivning/ })).toBeVisible();
  await expect(other.getByLabel("Beskriv händelsen")).toHaveValue(DESCRIPTION);
  expect(await other.content()).not.toContain("19850312-1234");
  await otherContext.close();

  // Keyboard only from here: the personnummer replaced by a name, which asks for the box to be ticked.
  await tabTo(page, description);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(`${DESCRIPTION} Karl väntade länge.`);
  await expect(findings.getByText("Måste tas bort")).toHaveCount(0);
  const name = findings.getByRole("listitem").filter({ hasText: "Namn ”Karl”" });
  await expect(name).toContainText("Skriv ”brukaren” eller ”personen” i stället för namnet");
  await expect(announcement).toHaveText("Beskriv händelsen: Kontrollera namn.");
  const confirm = page.getByRole("checkbox", { name: CONFIRM });
  await expect(confirm).not.toBeChecked();
  await expectAccessible(page);
  await tabTo(page, page.getByRole("button", { name: "Spara del ett" }));
  await page.keyboard.press("Enter");
  await expect(summary.getByRole("link", { name: CONFIRMATION_REQUIRED })).toBeVisible();
  await expect(summary.getByRole("link", { name: BLOCKED })).toHaveCount(0);
  await expect(confirm).toHaveAccessibleDescription(CONFIRMATION_REQUIRED);
  await expectAccessible(page);
  await tabTo(page, confirm);
  await page.keyboard.press("Space");
  await expect(confirm).toBeChecked();
  await expect(summary).toBeHidden();
  await tabTo(page, page.getByRole("button", { name: "Spara del ett" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Del ett är klar och sparad" })).toBeVisible();

  // Back on the step, the box is still ticked; a new kind of detail asks again.
  await page.goto("/rapportera/beskrivning");
  await expect(page.getByRole("checkbox", { name: CONFIRM })).toBeChecked();
  await page.getByLabel("Beskriv händelsen").fill(`${DESCRIPTION} Karl väntade sedan den 12 mars.`);
  await expect(page.getByRole("checkbox", { name: CONFIRM })).not.toBeChecked();
  await expect(
    page.getByText("Nya uppgifter har tillkommit sedan du kryssade i rutan.", { exact: false }),
  ).toBeVisible();
});

test("names are pointed out once the name lists have loaded; a step saved before that gets the server's answer", async ({
  page,
}) => {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  // The browser loads the given names and surnames in a chunk of their own: held back here until released.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes("ann-britt")) await released;
    await route.fulfill({ response, body });
  });

  await startToDescription(page);
  const findings = page.locator("#description-after");
  await page.getByLabel("Beskriv händelsen").fill(`${DESCRIPTION} Karl väntade länge.`);
  await page.getByLabel("Vilka åtgärder har ni vidtagit för att lösa individens ärende?").fill(ACTIONS);
  await expect(page.getByText(/^Utkastet är sparat \d\d:\d\d\.$/)).toBeVisible();
  const name = findings.getByRole("listitem").filter({ hasText: "Namn ”Karl”" });
  await expect(name).toHaveCount(0);

  // Saved before the lists arrive: the server finds the name and asks for the confirmation.
  await page.getByRole("button", { name: "Spara del ett" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "att rätta" });
  await expect(summary.getByRole("link", { name: CONFIRMATION_REQUIRED })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: /Beskrivning/ })).toBeVisible();

  // Once they arrive, the name is shown with the box to tick, and the step is saved.
  release();
  await expect(name).toBeVisible();
  const confirm = page.getByRole("checkbox", { name: CONFIRM });
  await confirm.check();
  await page.getByRole("button", { name: "Spara del ett" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Del ett är klar och sparad" })).toBeVisible();

  // Opened again, the page shows what the server rendered: the name found and the box ticked.
  await page.goto("/rapportera/beskrivning");
  await expect(page.getByRole("checkbox", { name: CONFIRM })).toBeChecked();
  await expect(page.locator("#description-after").getByText("Namn", { exact: false })).toBeVisible();
  await page.getByLabel("Beskriv händelsen").fill(`${DESCRIPTION} Karl väntade sedan den 12 mars.`);
  await expect(
    page.getByText("Nya uppgifter har tillkommit sedan du kryssade i rutan.", { exact: false }),
  ).toBeVisible();
  expect(problems).toEqual([]);
});

test("the accessibility statement is linked from every page and passes axe", async ({ page }) => {
  for (const path of ["/", "/rapportera", "/uppfoljning", "/rapportera/fortsatt"]) {
    await page.goto(path);
    await expectAccessible(page);
    await expect(page.getByRole("link", { name: "Tillgänglighetsredogörelse" })).toBeVisible();
  }
  await page.getByRole("link", { name: "Tillgänglighetsredogörelse" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tillgänglighetsredogörelse" })).toBeVisible();
  await expect(page.getByRole("link", { name: /@/ }).first()).toBeVisible();
  await expect(page.getByText("Redogörelsen granskades senast 2 december 2026.")).toBeVisible();
  await expectAccessible(page);
});

test("every page names an icon that the server serves", async ({ page }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});
