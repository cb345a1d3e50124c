import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./file-brist";
import { expectAccessible } from "./helpers";
import { freePort, startNextServer } from "./next-server";
import { E2E_PASSWORD, E2E_USERS } from "./users";

// Requests a clumsy client or an attacker sends, the headers every page carries, and what users see while the
// database is out of reach. Raw fetch against the running server, as the browser's rules do not apply there.

const ACTION_HEADERS = { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" };

test.describe("bad requests", () => {
  test("a body over 1 MB gets 413 in Swedish, not 500", async ({ baseURL }) => {
    const response = await fetch(`${baseURL}/rapportera`, {
      method: "POST",
      headers: ACTION_HEADERS,
      body: JSON.stringify(["x".repeat(1_100_000)]),
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("för stort");
  });

  test("a malformed action body or a raw reference gets 400 in Swedish, not 500", async ({ baseURL }) => {
    for (const body of ["{inte json", '["$K1"]', '[{"values":"$@0"}]', "null"]) {
      const response = await fetch(`${baseURL}/rapportera`, {
        method: "POST",
        headers: ACTION_HEADERS,
        body,
      });
      expect(response.status, body).toBe(400);
      expect(await response.text()).toContain("Begäran kunde inte läsas");
    }
  });
});

test("a paste too large for the autosave says so, not that the service failed, and keeps the text", async ({
  page,
}) => {
  await page.goto("/rapportera");
  await page.getByRole("button", { name: "Starta en ny rapport" }).click();
  const pasted = "x".repeat(1_100_000);
  await page.getByLabel("Ditt namn").fill(pasted);
  await expect(
    page.getByText(
      "Utkastet kunde inte sparas: Det du skickade är för stort. Korta texten och försök igen. Dina svar finns kvar i formuläret och i den här fliken.",
    ),
  ).toBeVisible();
  await expect(page.getByText(/tjänsten svarar inte/)).toHaveCount(0);
  expect((await page.getByLabel("Ditt namn").inputValue()).length).toBe(pasted.length);
  await expectAccessible(page);
});

test.describe("headers and public files", () => {
  test("pages carry a nonce-based CSP and the other security headers", async ({ baseURL }) => {
    const first = await fetch(`${baseURL}/`);
    const second = await fetch(`${baseURL}/`);
    const policy = first.headers.get("content-security-policy") ?? "";
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(second.headers.get("content-security-policy")).not.toBe(policy);
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("referrer-policy")).toBe("same-origin");
    // The scripts in the page carry this request's nonce.
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];
    expect(await first.text()).toContain(`nonce="${nonce}"`);
  });

  test("robots.txt keeps the staff side out and security.txt names a contact", async ({ baseURL }) => {
    const robots = await (await fetch(`${baseURL}/robots.txt`)).text();
    for (const path of ["/inkorg", "/arbetsgrupp", "/admin", "/logga-in", "/api", "/samverkanspart"]) {
      expect(robots).toContain(`Disallow: ${path}`);
    }
    const response = await fetch(`${baseURL}/.well-known/security.txt`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^Contact: mailto:\S+@\S+$/m);
    expect(text).toMatch(/^Expires: \d{4}-/m);
    expect(text).toContain("Preferred-Languages: sv, en");
  });

  test("no page breaks the Content-Security-Policy", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(message.text()))
        violations.push(message.text());
    });
    page.on("pageerror", (error) => violations.push(error.message));
    const visit = async (target: Page, path: string) => {
      await target.goto(path);
      await target.waitForLoadState("networkidle");
    };
    for (const path of ["/", "/rapportera", "/uppfoljning", "/tillganglighet", "/logga-in", "/finns-inte"]) {
      await visit(page, path);
    }
    // Scripts run under the policy: the wizard starts, and its first step autosaves and keeps a reload's worth.
    await visit(page, "/rapportera");
    await page.getByRole("button", { name: "Starta en ny rapport" }).click();
    await page.getByLabel("Ditt namn").fill("Sara Lind");
    await expect(page.getByText("Utkastet är sparat")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Ditt namn")).toHaveValue("Sara Lind");
    await signIn(page, E2E_USERS.ADMIN.email, E2E_PASSWORD);
    for (const path of ["/admin", "/admin/installningar", "/admin/logg", "/inkorg"]) await visit(page, path);
    expect(violations).toEqual([]);
  });
});

test.describe("the database out of reach", () => {
  let server: Awaited<ReturnType<typeof startNextServer>>;
  let outageURL: string;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    // A PostgreSQL address where nothing listens.
    server = await startNextServer({ DATABASE_URL: `postgresql://bis@127.0.0.1:${await freePort()}/bis` });
    outageURL = server.url;
  });

  test.afterAll(() => server?.stop());

  test("pages answer 503 in Swedish with Retry-After, and /api/health says why", async ({ page }) => {
    const health = await fetch(`${outageURL}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: "unavailable", reason: "database_unreachable" });

    for (const path of ["/", "/rapportera", "/inkorg", "/uppfoljning"]) {
      const response = await fetch(`${outageURL}${path}`, { redirect: "manual" });
      expect(response.status, path).toBe(503);
      expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
      const html = await response.text();
      expect(html).toContain("Tjänsten är tillfälligt otillgänglig");
      expect(html).not.toMatch(/Error|ECONNREFUSED|postgres|at \w+ \(/);
    }

    await page.goto(`${outageURL}/rapportera`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tjänsten är tillfälligt otillgänglig");
    await expect(page.getByText(/Felet ligger hos oss/)).toBeVisible();
  });
});
