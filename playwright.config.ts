import { execSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// One free port per run, chosen here and inherited by the workers through the environment.
process.env.E2E_PORT ??= execSync(
  `node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"`,
)
  .toString()
  .trim();
const port = process.env.E2E_PORT;
// The OpenID Connect provider that single sign-on is tested against (tests/e2e/oidc-provider.mjs), on a port of its own.
process.env.E2E_OIDC_PORT ??= execSync(
  `node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"`,
)
  .toString()
  .trim();
const oidcIssuer = `http://127.0.0.1:${process.env.E2E_OIDC_PORT}`;
const oidcClient = { id: "brister-e2e", secret: randomBytes(24).toString("base64url") };
// `next start` runs with NODE_ENV=production, which refuses a missing or development NEXTAUTH_SECRET: the server
// gets a random one per run (the tests sign in through the pages and sign nothing themselves).
process.env.E2E_NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
const baseURL = `http://127.0.0.1:${port}`;
const systemChromium = "/usr/bin/chromium";
// A fresh embedded database per run unless DATABASE_URL points at a PostgreSQL server.
const pgliteDir = `.data/e2e-${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { baseURL, trace: "retain-on-failure", locale: "sv-SE", timezoneId: "Europe/Stockholm" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: existsSync(systemChromium)
          ? {
              executablePath: systemChromium,
              args: [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
              ],
            }
          : {},
      },
    },
  ],
  webServer: [
    {
      command: "node tests/e2e/oidc-provider.mjs",
      url: `${oidcIssuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      env: {
        E2E_OIDC_PORT: process.env.E2E_OIDC_PORT,
        E2E_APP_URL: baseURL,
        E2E_OIDC_CLIENT_ID: oidcClient.id,
        E2E_OIDC_CLIENT_SECRET: oidcClient.secret,
      },
    },
    {
      // --conditions=react-server lets lib/'s server-only modules load outside Next.js; see scripts/lib/run-command.ts.
      command: `rm -rf ${pgliteDir} && npx tsx --conditions=react-server tests/e2e/prepare-e2e-db.ts && npx next start -H 127.0.0.1 -p ${port}`,
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      env: {
        PGLITE_DIR: pgliteDir,
        SEED_DEMO: "false",
        APP_URL: baseURL,
        SMTP_URL: "",
        // The tests sign the same accounts in many times a minute, and a code is accepted once: two-factor sign-in
        // is tested with accounts that enrol in the test (two-factor.spec.ts), and enforcement in integration tests.
        TWO_FACTOR_REQUIRED: "false",
        NEXTAUTH_SECRET: process.env.E2E_NEXTAUTH_SECRET,
        ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
        // Single sign-on beside the password form, which every other test uses.
        OIDC_ISSUER: oidcIssuer,
        OIDC_CLIENT_ID: oidcClient.id,
        OIDC_CLIENT_SECRET: oidcClient.secret,
        OIDC_NAME: "Testkommunens konto",
      },
    },
  ],
});
