import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { encode } from "next-auth/jwt";
import { connect } from "@/lib/db";
import { ensureReferenceData } from "@/lib/reference-data/ensure-reference-data";
import { draftExpiresAt } from "@/lib/reports/draft-expiry";
import { DRAFT_COOKIE } from "@/lib/reports/draft-session";
import { submitReport } from "@/lib/reports/submit-report";
import { WIZARD_STEPS } from "@/lib/reports/wizard-steps";
import { generateCode, hashCode } from "@/lib/security/tokens";
import { startStaffSession } from "@/lib/sessions/sessions";
import { buildReportAnswers, loadReferenceLookup } from "@/tests/factories/report-factory";
import { ensureBuild, startServer } from "./http-server";

/**
 * Lighthouse (mobile profile, the machine's Chromium: CHROME_PATH, default /usr/bin/chromium) on `next start` with
 * the embedded PGlite: performance and accessibility scores for the wizard's first step and review page (with a
 * draft cookie) and for the inbox and a case page (signed in as a samordnare). Targets: performance ≥ 95,
 * accessibility 100.
 */

const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";

ensureBuild();
const dir = await mkdtemp(path.join(os.tmpdir(), "bis-bench-lighthouse-"));
const pgliteDir = path.join(dir, "pglite");
const secret = randomBytes(32).toString("base64");
const setup = connect({ kind: "pglite", dir: pgliteDir });
const now = new Date();
let draftCode: string, caseId: string, sessionToken: string;
try {
  await setup.migrate();
  await ensureReferenceData(setup.prisma, { now });
  const lookup = await loadReferenceLookup(setup.prisma);
  const completed = WIZARD_STEPS.map((s) => s.key);
  const codes = [generateCode(), generateCode()];
  for (const [index, code] of codes.entries()) {
    await setup.prisma.draft.create({
      data: {
        resumeCodeHash: hashCode(code),
        submissionKey: randomUUID(),
        data: { ...buildReportAnswers(lookup, { now, index }), completed },
        delEttDoneAt: now,
        expiresAt: draftExpiresAt(now, 90),
      },
    });
  }
  draftCode = codes[0]!;
  const submitted = await setup.prisma.draft.findFirstOrThrow({
    where: { resumeCodeHash: hashCode(codes[1]!) },
  });
  caseId = (await submitReport(setup.prisma, submitted, now)).reportId;
  const user = await setup.prisma.user.create({
    data: { email: "lighthouse@example.se", name: "Sara Samordnare", passwordHash: "x", role: "SAMORDNARE" },
  });
  // The session cookie next-auth would set after a password sign-in, made with the server's secret, naming a staff
  // session recorded as sign-in records it (the server checks both on every page).
  const sessionId = await startStaffSession(setup.prisma, user, "Lighthouse");
  sessionToken = await encode({
    token: {
      sub: user.id,
      role: user.role,
      sessionVersion: user.sessionVersion,
      sessionId,
      method: "password",
      name: user.name,
    },
    secret,
  });
} finally {
  await setup.close();
}

const server = await startServer(
  // Two-factor sign-in is not what is measured: the account has no second factor enrolled.
  { DATABASE_URL: "", PGLITE_DIR: pgliteDir, NEXTAUTH_SECRET: secret, TWO_FACTOR_REQUIRED: "false" },
  3990 + Math.floor(Math.random() * 9),
);
const chrome = await chromeLauncher.launch({
  chromePath: CHROME,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
try {
  const pages = [
    {
      label: "wizard, first step",
      url: `/rapportera/${WIZARD_STEPS[0]!.slug}`,
      cookie: `${DRAFT_COOKIE}=${draftCode}`,
    },
    { label: "wizard, review", url: "/rapportera/granska", cookie: `${DRAFT_COOKIE}=${draftCode}` },
    { label: "inbox", url: "/inkorg", cookie: `next-auth.session-token=${sessionToken}` },
    { label: "case page", url: `/inkorg/${caseId}`, cookie: `next-auth.session-token=${sessionToken}` },
  ];
  console.log(`Lighthouse 12 (mobile), ${CHROME}; targets performance ≥ 95, accessibility 100`);
  console.log(
    `  ${"page".padEnd(22)} ${"performance".padStart(11)} ${"accessibility".padStart(13)}  LCP, TBT`,
  );
  for (const page of pages) {
    const result = await lighthouse(`${server.url}${page.url}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      extraHeaders: { Cookie: page.cookie },
    });
    const lhr = result?.lhr;
    const score = (key: string) => Math.round((lhr?.categories[key]?.score ?? 0) * 100);
    const audit = (key: string) => lhr?.audits[key]?.displayValue ?? "?";
    const finalUrl = lhr?.finalDisplayedUrl ?? "";
    console.log(
      `  ${page.label.padEnd(22)} ${String(score("performance")).padStart(11)} ${String(score("accessibility")).padStart(13)}` +
        `  ${audit("largest-contentful-paint")}, ${audit("total-blocking-time")}` +
        `${finalUrl.endsWith(page.url) ? "" : `  (ended on ${finalUrl})`}`,
    );
  }
} finally {
  chrome.kill();
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
