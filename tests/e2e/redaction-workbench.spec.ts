import { expect, test, type Page } from "@playwright/test";
import { fileBrist, signIn } from "./file-brist";
import { expectAccessible, tabTo } from "./helpers";
import { E2E_PASSWORD, E2E_SECOND_COORDINATOR, E2E_USERS } from "./users";

const REPLY = "Kalle Jonsson på Storgatan 12 nås på 070-174 06 51.";
const DESCRIPTION = "Solgårdens korttidsboende glömde kallelsen till SIP-mötet, och ingen från boendet kom.";
const ORIGINAL = [
  "Kalle Jonsson",
  "Storgatan 12",
  "070-174 06 51",
  "Solgårdens",
  "Lina Ek",
  "lina.ek@engelholm.se",
];

async function openCase(page: Page, reference: string) {
  await page.goto(`/inkorg?sok=${encodeURIComponent(reference)}`);
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Brist ${reference}` })).toBeVisible();
}

async function changeStatus(page: Page, to: string) {
  const form = page.getByRole("form", { name: "Ändra status" });
  await form.getByRole("group", { name: "Ny status" }).getByRole("radio", { name: to }).check();
  await form.getByRole("button", { name: "Ändra status" }).click();
  await expect(page.getByText(`Nuvarande status: ${to}.`)).toBeVisible();
}

test("a coordinator redacts by keyboard, a second approves, and the arbetsgrupp reads only the redacted text", async ({
  browser,
}) => {
  const reporterContext = await browser.newContext();
  const reporter = await reporterContext.newPage();
  const { reference, followUpCode } = await fileBrist(reporter, DESCRIPTION);
  await reporter.goto("/uppfoljning");
  await reporter.getByLabel("Uppföljningskod").fill(followUpCode);
  await reporter.getByRole("button", { name: "Visa status" }).click();
  await reporter.getByLabel("Ditt svar").fill(REPLY);
  await reporter.getByRole("button", { name: "Skicka svar" }).click();
  await expect(reporter.getByText(REPLY).first()).toBeVisible();
  await reporterContext.close();

  // The first coordinator takes the case to återkoppling, then redacts it with the keyboard alone.
  const firstContext = await browser.newContext();
  const page = await firstContext.newPage();
  await signIn(page, E2E_USERS.SAMORDNARE.email, E2E_PASSWORD);
  await openCase(page, reference);
  await page.getByRole("textbox", { name: "Diarienummer" }).fill("SOF 2026/812");
  await page.getByRole("button", { name: "Registrera ärendet" }).click();
  await expect(page.getByText("Nuvarande status: Registrerad.")).toBeVisible();
  await changeStatus(page, "Under handläggning");
  await changeStatus(page, "Återkopplad");

  const workbench = page.getByRole("form", { name: "Avidentifiera" });
  const reply = workbench.getByRole("group", { name: "Rapportörens svar 1" });
  await tabTo(page, reply.getByRole("checkbox", { name: "Ta med svaret i det arbetsgruppen får läsa" }), 300);
  await page.keyboard.press("Space");
  await expect(reply.getByRole("heading", { name: "Fynd att bedöma (3)" })).toBeVisible();
  await expectAccessible(page);

  for (const placeholder of ["[namn]", "[adress]", "[telefon]"]) {
    await tabTo(page, reply.getByRole("button", { name: `Ersätt med ${placeholder}` }));
    await page.keyboard.press("Enter");
    await expect(reply.getByRole("status")).toContainText(`ersatt med ${placeholder}`);
  }
  await expect(reply.getByRole("status")).toContainText("Inga fynd kvar att bedöma.");
  await expect(reply.getByRole("textbox")).toHaveValue("[namn] på [adress] nås på [telefon].");

  // What the detector cannot know: the name of the home, marked by selecting it.
  const event = workbench.getByRole("group", { name: "Händelsen" });
  await tabTo(page, event.getByRole("textbox", { name: /^Text till arbetsgruppen/ }));
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.press("Shift+ControlOrMeta+ArrowRight");
  await page.keyboard.press("Shift+ControlOrMeta+ArrowRight");
  await tabTo(page, event.getByRole("combobox", { name: "Ersätt markerad text med" }));
  await page.keyboard.type("Egen");
  await tabTo(page, event.getByRole("textbox", { name: "Egen etikett" }));
  await page.keyboard.type("boende");
  await tabTo(page, event.getByRole("button", { name: "Markera markerad text" }));
  await page.keyboard.press("Enter");
  await expect(event.getByRole("status")).toContainText("ersatt med [boende]");
  await expect(event.getByRole("textbox", { name: /^Text till arbetsgruppen/ })).toHaveValue(
    /^\[boende\] glömde kallelsen/,
  );
  await expectAccessible(page);

  await tabTo(page, workbench.getByRole("button", { name: "Spara avidentifieringen" }), 300);
  await page.keyboard.press("Enter");
  await expect(workbench.getByRole("status").last()).toHaveText(
    /Avidentifieringen är sparad\. Den behöver godkännas/,
  );
  const approval = page.getByRole("group", { name: "Godkännande" });
  await expect(approval).toContainText("Du har själv gjort den här avidentifieringen.");
  await expect(approval.getByRole("button", { name: "Godkänn avidentifieringen" })).toHaveCount(0);
  await expectAccessible(page);
  await firstContext.close();

  // The second coordinator reads and approves it, then marks the case anonymised.
  const secondContext = await browser.newContext();
  const second = await secondContext.newPage();
  await signIn(second, E2E_SECOND_COORDINATOR.email, E2E_PASSWORD);
  await openCase(second, reference);
  const toApprove = second.getByRole("group", { name: "Godkännande" });
  await expect(toApprove).toContainText("Väntar på godkännande.");
  await expect(toApprove).toContainText("[boende] glömde kallelsen");
  await toApprove.getByRole("button", { name: "Godkänn avidentifieringen" }).click();
  await expect(toApprove.getByRole("status")).toHaveText(/Avidentifieringen är godkänd\./);
  await expect(toApprove).toContainText(`Godkänd av ${E2E_SECOND_COORDINATOR.name}`);
  await changeStatus(second, "Avidentifierad");
  await secondContext.close();

  // The arbetsgrupp finds it and reads the redacted text, none of the original.
  const groupContext = await browser.newContext();
  const group = await groupContext.newPage();
  await signIn(group, E2E_USERS.ARBETSGRUPP.email, E2E_PASSWORD);
  await group.goto("/arbetsgrupp");
  await group.getByRole("link", { name: reference }).click();
  await expect(
    group.getByRole("heading", { level: 1, name: `Avidentifierad brist ${reference}` }),
  ).toBeVisible();
  await expect(group.getByText("[boende] glömde kallelsen till SIP-mötet")).toBeVisible();
  await expect(group.getByText("[namn] på [adress] nås på [telefon].")).toBeVisible();
  const content = await group.content();
  for (const original of ORIGINAL) expect(content).not.toContain(original);
  await expectAccessible(group);
  await groupContext.close();
});
