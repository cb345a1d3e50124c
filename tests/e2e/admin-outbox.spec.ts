import { expect, test } from "@playwright/test";
import { fileBrist, signIn } from "./file-brist";
import { expectAccessible } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

test("a submitted report tells the coordinators' mailbox, and the admin outbox masks the reporter's address", async ({
  browser,
  page,
}) => {
  const reporterContext = await browser.newContext();
  const { reference } = await fileBrist(
    await reporterContext.newPage(),
    "Ingen från hemsjukvården kom till utskrivningsplaneringen.",
  );
  await reporterContext.close();

  await signIn(page, E2E_USERS.ADMIN.email, E2E_PASSWORD);
  await page.goto("/admin/utkorg");
  const mails = page.getByRole("list", { name: /^Meddelanden, sida/ }).getByRole("listitem");
  const notice = mails.filter({
    has: page.getByRole("heading", { name: `Ny brist har kommit in: ${reference}` }),
  });
  await expect(notice).toContainText("psykiatrisamordnare@example.se");
  await notice.getByText("Visa meddelandet").click();
  await expect(notice).toContainText("/inkorg/");
  await expect(notice).not.toContainText("hemsjukvården");

  const receipt = mails.filter({
    has: page.getByRole("heading", { name: new RegExp(`^Kvitto: .*${reference}`) }),
  });
  await expect(receipt).toContainText("l…@e…m.se");
  await expect(page.getByText("lina.ek@engelholm.se")).toHaveCount(0);
  await expectAccessible(page);
});
