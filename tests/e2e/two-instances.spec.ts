import { randomInt } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  fillDescriptionStep,
  fillEventStep,
  fillPartnerStep,
  fillReporterStep,
  startReport,
} from "./file-brist";
import { expectAccessible } from "./helpers";
import { startNextServer } from "./next-server";
import { E2E_PASSWORD, E2E_USERS } from "./users";

// Two real `next start` servers on the suite's PostgreSQL database, used through the browser as behind a load
// balancer: the draft, the reference numbers and the follow-up back-off live in the database, so it does not
// matter which server answers. Both trust one proxy hop, so each browser context is its own client through
// X-Forwarded-For, as nginx would say (deploy/).
const isPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");

test.describe("two servers on one PostgreSQL database", () => {
  test.skip(
    !isPostgres,
    "needs DATABASE_URL on PostgreSQL: the embedded PGlite lives inside one server process and can't be shared",
  );
  test.describe.configure({ mode: "serial" });

  let servers: Awaited<ReturnType<typeof startNextServer>>[] = [];
  let a: string;
  let b: string;
  let receipt: { reference: string; followUpCode: string };

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const env = {
      DATABASE_URL: process.env.DATABASE_URL,
      TRUST_PROXY_HOPS: "1",
      TWO_FACTOR_REQUIRED: "false",
      SMTP_URL: "",
      SEED_DEMO: "false",
    };
    servers = await Promise.all([startNextServer(env), startNextServer(env)]);
    [a, b] = servers.map((server) => server.url) as [string, string];
  });

  test.afterAll(() => {
    for (const server of servers) server.stop();
  });

  /**
   * A browser of its own, as one client behind the proxy: an address of this run (the database may be reused) and
   * of this context alone.
   */
  const run = `${randomInt(0, 256)}.${randomInt(0, 256)}`;
  let clients = 0;
  async function client(browser: Browser) {
    return browser.newContext({
      extraHTTPHeaders: { "X-Forwarded-For": `192.0.2.1, 10.${run}.${++clients}` },
    });
  }

  test("a draft started on one server is continued on the other, and submits split over both give one report", async ({
    browser,
  }) => {
    const context = await client(browser);
    const page = await context.newPage();
    await startReport(page, a);
    await fillReporterStep(page);
    await expect(page.getByRole("heading", { level: 1, name: /Samverkanspart/ })).toBeVisible();

    // The same browser on the other server (cookies go by host, not port): the draft is there.
    await page.goto(`${b}/rapportera/om-dig`);
    await expect(page.getByLabel("Ditt namn")).toHaveValue("Lina Ek");
    await page.goto(`${b}/rapportera/samverkanspart`);
    await fillPartnerStep(page);
    await fillEventStep(page);
    await fillDescriptionStep(page, "Kallelsen till SIP nådde inte BUP, som inte kom.");
    await page.getByRole("link", { name: "Fyll i del två nu" }).click();
    await page
      .getByRole("group", { name: "Har ni haft dialog med samverkansparten?" })
      .getByRole("radio", { name: "Nej" })
      .check();
    await page.getByLabel("Varför kunde ingen dialog hållas?").fill("BUP har inte svarat på två veckor.");
    await page
      .getByRole("group", { name: /Behöver bristen lyftas vidare/ })
      .getByRole("radio", { name: "Nej" })
      .check();
    await page.getByRole("button", { name: "Spara och granska" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Granska och skicka" })).toBeVisible();

    // The same review open on both servers; both submit at once.
    const other = await context.newPage();
    await other.goto(`${a}/rapportera/granska`);
    await expect(other.getByRole("heading", { level: 1, name: "Granska och skicka" })).toBeVisible();
    await Promise.all(
      [page, other].map((tab) => tab.getByRole("button", { name: "Skicka in rapporten" }).click()),
    );
    const answers = await Promise.all([page, other].map(readAnswer));
    expect(new Set(answers.map((answer) => answer.reference)).size).toBe(1);
    expect(answers.filter((answer) => answer.followUpCode)).toHaveLength(1);
    receipt = answers.find((answer) => answer.followUpCode) as typeof receipt;
    expect(receipt.reference).toMatch(/^BIS-\d{4}-\d{4}$/);
    await context.close();
  });

  test("wrong follow-up codes through both servers are counted together; the right code works on both", async ({
    browser,
  }) => {
    const context = await client(browser);
    const page = await context.newPage();
    const tryCode = async (server: string, code: string) => {
      await page.goto(`${server}/uppfoljning`);
      await page.getByLabel("Uppföljningskod").fill(code);
      await page.getByRole("button", { name: "Visa status" }).click();
    };
    // FOLLOW_UP_MAX_ATTEMPTS (10) wrong codes, alternating servers, are answered as wrong codes...
    for (let i = 0; i < 10; i++) {
      await tryCode(i % 2 ? b : a, "FEL00-FEL00-FEL00-FEL00-FEL00-0");
      await expect(page.getByLabel("Uppföljningskod")).toHaveAccessibleDescription(/Koden stämmer inte\./);
    }
    // ...then this client waits, on either server, and keeps what it typed.
    for (const server of [a, b]) {
      await tryCode(server, "FEL00-FEL00-FEL00-FEL00-FEL00-1");
      await expect(page.getByLabel("Uppföljningskod")).toHaveAccessibleDescription(
        /För många felaktiga koder från din anslutning\. Vänta (1 minut|\d+ minuter) och försök igen\./,
      );
      await expect(page.getByLabel("Uppföljningskod")).toHaveValue("FEL00-FEL00-FEL00-FEL00-FEL00-1");
    }
    await expectAccessible(page);
    // The right code is never held back by failures, not even this client's own.
    for (const server of [b, a]) {
      await tryCode(server, receipt.followUpCode);
      await expect(
        page.getByRole("heading", { level: 1, name: `Rapport ${receipt.reference}` }),
      ).toBeVisible();
    }
    await context.close();
  });

  test("wrong passwords through both servers make this client wait on both; the owner signs in from elsewhere", async ({
    browser,
  }) => {
    const guesser = await client(browser);
    const page = await guesser.newPage();
    const signIn = async (server: string, password: string) => {
      await page.goto(`${server}/logga-in`);
      await page.getByLabel("E-postadress").fill(E2E_USERS.SAMORDNARE.email);
      await page.getByLabel("Lösenord").fill(password);
      await page.getByRole("button", { name: "Logga in" }).click();
    };
    for (let i = 0; i < 10; i++) {
      await signIn(i % 2 ? b : a, `fel-lösenord-${i}`);
      await expect(
        page.getByRole("alert").filter({ hasText: "Fel e-postadress eller lösenord." }),
      ).toBeVisible();
    }
    // Even the right password waits now, on either server, and the form says so and keeps the address.
    for (const server of [a, b]) {
      await signIn(server, E2E_PASSWORD);
      await expect(
        page
          .getByRole("alert")
          .filter({ hasText: "För många felaktiga inloggningsförsök från din anslutning." }),
      ).toBeVisible();
      await expect(page.getByLabel("E-postadress")).toHaveValue(E2E_USERS.SAMORDNARE.email);
    }
    await expectAccessible(page);
    await guesser.close();

    const owner = await client(browser);
    const ownerPage = await owner.newPage();
    await ownerPage.goto(`${b}/logga-in`);
    await ownerPage.getByLabel("E-postadress").fill(E2E_USERS.SAMORDNARE.email);
    await ownerPage.getByLabel("Lösenord").fill(E2E_PASSWORD);
    await ownerPage.getByRole("button", { name: "Logga in" }).click();
    await ownerPage.waitForURL(`${b}/inkorg**`);
    await owner.close();
  });
});

/** What a tab shows after "Skicka in rapporten": the receipt with its one code, or "redan skickad" without. */
async function readAnswer(page: Page) {
  const heading = page.getByRole("heading", {
    level: 1,
    name: /^(Tack! Din rapport har kommit in|Rapporten är redan skickad)$/,
  });
  await expect(heading).toBeVisible();
  const code = page.getByTestId("follow-up-code");
  return {
    reference: (await page.getByTestId("reference").textContent())!.trim(),
    followUpCode: (await code.count()) ? (await code.textContent())!.trim() : null,
  };
}
