import { expect, test, type Page } from "@playwright/test";
import { expectAccessibleWithoutJavaScript as expectAccessible, fillDate, today } from "./helpers";

// A reporter at a computer with JavaScript turned off: every step posts as a plain form and the page comes back
// with the next step, or with the error summary and everything typed.
test.use({ javaScriptEnabled: false });

const DESCRIPTION =
  "Socialpsykiatrin kallade till SIP för en vuxen med psykossjukdom. Öppenvården tackade ja men ingen kom till mötet.";

const errorSummary = (page: Page) => page.getByRole("alert").filter({ hasText: "att rätta" });

test("files a complete report without JavaScript, through del ett and del två to the receipt", async ({
  page,
}) => {
  await page.goto("/rapportera");
  await page.getByRole("button", { name: "Starta en ny rapport" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Om dig/ })).toBeVisible();

  // A missing required answer: the summary links to the field, the message is beside it, nothing typed is lost.
  await page.getByLabel("Ditt namn").fill("Lina Ek");
  await page.getByLabel("Din e-postadress").fill("lina.ek@engelholm.se");
  await page.getByLabel("Din organisation").selectOption({ label: "Ängelholms kommun" });
  await page.getByLabel("Enhet eller verksamhet").fill("Socialpsykiatri");
  await page.getByRole("radio", { name: "Ja" }).check();
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
  await expect(errorSummary(page).getByRole("link", { name: "Fyll i din roll." })).toHaveAttribute(
    "href",
    "#reporterRole",
  );
  await expect(page.getByLabel("Din roll")).toHaveAccessibleDescription(/Fyll i din roll\./);
  await expect(page.getByLabel("Ditt namn")).toHaveValue("Lina Ek");
  await expect(page.getByLabel("Din e-postadress")).toHaveValue("lina.ek@engelholm.se");
  await expect(page.getByLabel("Din organisation")).toHaveValue(/.+/);
  await expect(page.getByLabel("Enhet eller verksamhet")).toHaveValue("Socialpsykiatri");
  await expect(page.getByRole("radio", { name: "Ja" })).toBeChecked();
  await expectAccessible(page);
  await page.getByLabel("Din roll").fill("Handläggare");
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();

  // Checkboxes: none ticked is an error; the ticked one is kept.
  await expect(page.getByRole("heading", { level: 1, name: /Samverkanspart/ })).toBeVisible();
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
  await expect(errorSummary(page)).toContainText("Välj minst en samverkanspart");
  await page.getByRole("checkbox", { name: "Region Skåne – BUP (barn- och ungdomspsykiatri)" }).check();
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();

  // The date fields open once "Jag vet datumet" has been posted; a wrong date keeps its parts.
  await expect(page.getByRole("heading", { level: 1, name: /Händelsen/ })).toBeVisible();
  await page.getByRole("radio", { name: "Jag vet datumet" }).check();
  await page.getByRole("checkbox", { name: "SIP (samordnad individuell plan)" }).check();
  await page.getByRole("radio", { name: "Vill inte ange" }).check();
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
  await expect(errorSummary(page).getByRole("link", { name: "Fyll i datumet då det hände." })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Jag vet datumet" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "SIP (samordnad individuell plan)" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Vill inte ange" })).toBeChecked();
  await fillDate(page, "Vilket datum hände det?", "2026-02-30");
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
  await expect(errorSummary(page)).toContainText("Datumet måste vara ett riktigt datum.");
  const date = page.getByRole("group", { name: "Vilket datum hände det?" });
  await expect(date.getByLabel("Dag", { exact: true })).toHaveValue("30");
  await expectAccessible(page);
  await fillDate(page, "Vilket datum hände det?", today());
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();

  // A personnummer is refused by the server; a name needs the box ticked, which appears after the post.
  await expect(page.getByRole("heading", { level: 1, name: /Beskrivning och åtgärder/ })).toBeVisible();
  await page.getByLabel("Beskriv händelsen").fill(`${DESCRIPTION} Gäller 19850312-1234.`);
  await page
    .getByLabel("Vilka åtgärder har ni vidtagit för att lösa individens ärende?")
    .fill("Nytt möte bokades med Karl på öppenvården.");
  await page.getByRole("button", { name: "Spara del ett" }).click();
  await expect(errorSummary(page)).toContainText("Ta bort personnumret ur beskrivningen.");
  await expect(errorSummary(page)).toContainText("kryssa i");
  await expect(page.getByLabel("Beskriv händelsen")).toHaveValue(`${DESCRIPTION} Gäller 19850312-1234.`);
  await expectAccessible(page);
  await page.getByLabel("Beskriv händelsen").fill(DESCRIPTION);
  await page
    .getByRole("checkbox", {
      name: "Jag har kontrollerat uppgifterna och de behövs för att förstå händelsen.",
    })
    .check();
  await page.getByRole("button", { name: "Spara del ett" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Del ett är klar och sparad" })).toBeVisible();
  await page.getByRole("link", { name: "Fyll i del två nu" }).click();

  // Del två: the dialogue's questions open once "Ja" has been posted.
  const dialogue = page.getByRole("group", { name: "Har ni haft dialog med samverkansparten?" });
  await dialogue.getByRole("radio", { name: "Ja" }).check();
  await page
    .getByRole("group", { name: /Behöver bristen lyftas vidare/ })
    .getByRole("radio", { name: "Nej" })
    .check();
  await page.getByRole("button", { name: "Spara och granska" }).click();
  await expect(errorSummary(page)).toContainText("Fyll i datumet för dialogen.");
  await fillDate(page, "När hölls dialogen?", today());
  await page.getByLabel("Organisation", { exact: true }).fill("BUP");
  await page.getByLabel("Roll", { exact: true }).fill("Enhetschef");
  await page.getByLabel("Åtgärd", { exact: true }).fill("Skolan bjuds in till SIP från början.");
  await page.getByLabel("Ansvarig part").fill("Enhetschef BUP");

  // Two more measures, one removed again: each button posts and the step comes back with the rows changed.
  await page.getByRole("button", { name: "Lägg till åtgärd" }).click();
  await expect(page.getByRole("heading", { name: "Åtgärd 2" })).toBeVisible();
  await expect(page.getByLabel("Åtgärd", { exact: true }).first()).toHaveValue(
    "Skolan bjuds in till SIP från början.",
  );
  await page.getByLabel("Åtgärd", { exact: true }).nth(1).fill("Gemensam genomgång av SIP-rutinen.");
  await page.getByLabel("Ansvarig part").nth(1).fill("Samordnare");
  await page.getByRole("button", { name: "Lägg till åtgärd" }).click();
  await expect(page.getByRole("heading", { name: "Åtgärd 3" })).toBeVisible();
  await page.getByRole("button", { name: "Ta bort åtgärd 3" }).click();
  await expect(page.getByRole("heading", { name: "Åtgärd 3" })).toHaveCount(0);
  await expect(page.getByLabel("Åtgärd", { exact: true }).nth(1)).toHaveValue(
    "Gemensam genomgång av SIP-rutinen.",
  );
  await expect(page.getByRole("textbox", { name: "Organisation", exact: true })).toHaveValue("BUP");
  await page
    .getByRole("group", { name: "Är bristen i samverkan löst?" })
    .getByRole("radio", { name: "Ja" })
    .check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Spara och granska" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Granska och skicka" })).toBeVisible();
  await expect(page.getByText("Gemensam genomgång av SIP-rutinen.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Skicka in rapporten" }).click();

  await expect(
    page.getByRole("heading", { level: 1, name: "Tack! Din rapport har kommit in" }),
  ).toBeVisible();
  const reference = (await page.getByTestId("reference").textContent())!.trim();
  expect(reference).toMatch(/^BIS-\d{4}-\d{4}$/);
  await expect(page.getByTestId("follow-up-code")).toHaveText(/\S{10,}/);
  await expectAccessible(page);
  const code = (await page.getByTestId("follow-up-code").textContent())!.trim();

  // The follow-up page takes the code as a plain form too: a wrong one is refused in place, the right one opens
  // the report's status.
  await page.goto("/uppfoljning");
  await page.getByLabel("Uppföljningskod").fill("FEL-KOD-1234");
  await page.getByRole("button", { name: "Visa status" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Följ upp din rapport" })).toBeVisible();
  await expect(page.getByLabel("Uppföljningskod")).toHaveValue("FEL-KOD-1234");
  await expect(page.getByLabel("Uppföljningskod")).toHaveAccessibleDescription(/\S/);
  await expectAccessible(page);
  await page.getByLabel("Uppföljningskod").fill(code);
  await page.getByRole("button", { name: "Visa status" }).click();
  await expect(page).toHaveURL(/\/uppfoljning\/arende$/);
  await expect(page.getByRole("heading", { level: 1, name: `Rapport ${reference}` })).toBeVisible();
  await expect(page.getByTestId("status")).toHaveText("Inkommen");
  await expectAccessible(page);

  // A reply to the coordinators posts as a plain form and comes back in the thread.
  await page.getByLabel("Ditt svar").fill("Mötet med BUP är bokat till nästa vecka.");
  await page.getByRole("button", { name: "Skicka svar" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ditt svar är skickat" })).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Mötet med BUP är bokat till nästa vecka." }),
  ).toBeVisible();
  await expect(page.getByLabel("Ditt svar")).toHaveValue("");
});
