import { purgeExpiredDrafts } from "@/lib/reports/drafts";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { PrismaClient } from "@/generated/prisma/client";
import { detectorAllowList } from "@/lib/anonymised-cases/detector-allow-list";
import { saveAnnualReport } from "@/lib/annual-report/save-annual-report";
import { connect, ownerTarget } from "@/lib/db";
import { env, isEmbeddedDatabase } from "@/lib/env";
import { ensureReferenceData } from "@/lib/reference-data/ensure-reference-data";
import { DEL_ETT_KEYS } from "@/lib/reports/wizard-steps";
import { hashCode } from "@/lib/security/tokens";
import { createUser } from "@/lib/users/create-user";
import { asOf } from "@/tests/factories/case-history";
import {
  DEMO_ANNUAL_REPORT_2025,
  DEMO_ANNUAL_REPORT_2025_SAVED_AT,
} from "@/tests/factories/demo-annual-report";
import { DEMO_YEARS, seedDemoYear, type DemoPeople } from "@/tests/factories/demo-years";
import { createDraftThroughSteps, loadReferenceLookup } from "@/tests/factories/report-factory";

/**
 * Reference data always; demo brister when wanted (SEED_DEMO=true, or the embedded database unless SEED_DEMO=false)
 * and only into a database without reports. Safe to run at every start.
 */

export function wantsDemoData(): boolean {
  return env.SEED_DEMO ?? isEmbeddedDatabase;
}

export interface DemoSummary {
  reports: number;
  years: Array<{ year: number; reports: number; anonymised: number; reviewed: number }>;
  annualReport: boolean;
  resumeCode: string;
  followUpCode?: string;
  followUpReference?: string;
}

/** The demo's coordinators (one redacts, the other approves, as four eyes asks) and the arbetsgrupp member. */
async function demoPeople(db: PrismaClient): Promise<DemoPeople> {
  const [redactor, approver, reviewer] = await Promise.all(
    ["samordnare@example.se", "samordnare2@example.se", "arbetsgrupp@example.se"].map((email) =>
      db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } }),
    ),
  );
  return { redactor: redactor!, approver: approver!, reviewer: reviewer! };
}

/**
 * Two years of brister (tests/factories/demo-years.ts), each submitted through the wizard's functions and handled
 * through the coordinators' operations on its own dates; the arbetsgrupp's reviews and its 2025 report; and a draft
 * with del ett done to resume.
 */
export async function seedDemoData(db: PrismaClient, now: Date): Promise<DemoSummary> {
  const people = await demoPeople(db);
  const lookup = await loadReferenceLookup(db);
  const allow = await detectorAllowList(db);
  const years: DemoSummary["years"] = [];
  let firstIndex = 0;
  let shown: { reference: string; followUpCode: string } | undefined;
  for (const plan of DEMO_YEARS) {
    const seeded = await seedDemoYear(db, plan, { now, people, lookup, allow, firstIndex });
    firstIndex += plan.brister.length;
    years.push({
      year: seeded.year,
      reports: seeded.reports,
      anonymised: seeded.anonymised,
      reviewed: seeded.reviewed,
    });
    shown = seeded.withFeedback ?? shown;
  }

  const annualReport = DEMO_ANNUAL_REPORT_2025_SAVED_AT.getTime() < Math.min(now.getTime(), Date.now());
  if (annualReport) {
    await asOf(DEMO_ANNUAL_REPORT_2025_SAVED_AT, () =>
      saveAnnualReport(db, people.reviewer, {
        year: 2025,
        baseVersionId: null,
        sections: DEMO_ANNUAL_REPORT_2025,
      }),
    );
  }

  // A draft with del ett done, waiting for the dialogue with the samverkanspart: resumable from the start page.
  const draft = await createDraftThroughSteps(db, { now, index: firstIndex, steps: DEL_ETT_KEYS, lookup });
  return {
    reports: years.reduce((sum, year) => sum + year.reports, 0),
    years,
    annualReport,
    resumeCode: draft.resumeCode,
    followUpCode: shown?.followUpCode,
    followUpReference: shown?.reference,
  };
}

/** One demo account per role, all with the same published password: for trying the service out, never production. */
export const DEMO_PASSWORD = "demo-losenord-2026";
export const DEMO_ACCOUNTS = [
  { email: "samordnare@example.se", name: "Samordnare Demo", role: "SAMORDNARE" },
  { email: "samordnare2@example.se", name: "Samordnare Två Demo", role: "SAMORDNARE" },
  { email: "arbetsgrupp@example.se", name: "Arbetsgrupp Demo", role: "ARBETSGRUPP" },
  { email: "admin@example.se", name: "Administratör Demo", role: "ADMIN" },
] as const;

/** Creates the demo accounts that are missing (through createUser, so each is audited); returns the e-mails created. */
export async function seedDemoAccounts(db: PrismaClient): Promise<string[]> {
  const existing = await db.user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } },
    select: { email: true },
  });
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.some((user) => user.email === account.email));
  for (const account of missing) await createUser(db, { ...account, password: DEMO_PASSWORD }, null);
  return missing.map((account) => account.email);
}

export interface SeedOptions {
  now?: Date;
  demo?: boolean;
  log?: (message: string) => void;
  /** Where the demo's codes are kept for printing again; tests pass their own. */
  demoCodesFile?: string;
}

export async function seedDatabase(db: PrismaClient, options: SeedOptions = {}) {
  const now = options.now ?? new Date();
  const log = options.log ?? console.log;
  const codesFile = options.demoCodesFile ?? DEMO_CODES_FILE;
  const created = await ensureReferenceData(db, { now });
  // Every start deletes drafts past their expiry, so "then it is deleted" holds even when nobody starts a new one.
  await purgeExpiredDrafts(db, now);
  const made = [
    created.organisations && `${created.organisations} organisationer`,
    created.areas && `${created.areas} områden`,
    created.categories && `${created.categories} kategorier`,
    created.instanceSettings && "instansinställningar",
  ].filter(Boolean);
  log(made.length ? `Grunddata skapad: ${made.join(", ")}.` : "Grunddata finns redan.");

  if (!(options.demo ?? wantsDemoData())) return;
  const accounts = await seedDemoAccounts(db);
  if (accounts.length) {
    log(`Demokonton skapade (lösenord ${DEMO_PASSWORD}, ta bort dem i produktion): ${accounts.join(", ")}`);
  }
  if ((await db.report.count()) > 0) {
    log("Demodata: databasen har redan rapporter, inget läggs till.");
    await logDemoCodes(db, readDemoCodes(codesFile), now, log);
    return;
  }
  const demo = await seedDemoData(db, now);
  const perYear = demo.years
    .map((y) => `${y.year}: ${y.reports} brister, ${y.anonymised} avidentifierade, ${y.reviewed} genomgångna`)
    .join("; ");
  log(`Demodata: ${demo.reports} fiktiva brister skapade (${perYear}).`);
  if (demo.annualReport) log("Demodata: arbetsgruppens årsrapport för 2025 skapad.");
  writeDemoCodes(codesFile, demo);
  await logDemoCodes(db, demo, now, log);
}

// The database keeps only hashes of the codes, so the demo's own codes are kept beside the embedded database, for
// printing again at every start. They open fictional data only.
const DEMO_CODES_FILE = path.join(process.cwd(), ".data", "demo-codes.json");
type DemoCodes = Pick<DemoSummary, "resumeCode" | "followUpCode" | "followUpReference">;

function writeDemoCodes(file: string, demo: DemoCodes) {
  const { resumeCode, followUpCode, followUpReference } = demo;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ resumeCode, followUpCode, followUpReference })}\n`);
}

function readDemoCodes(file: string): DemoCodes | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as DemoCodes;
  } catch {
    return null;
  }
}

/**
 * Prints the demo codes with the pages to use them on, while they still open something: the demo draft until it is
 * submitted or expires, the follow-up code as long as its report is kept. Otherwise says how to get new ones.
 */
async function logDemoCodes(
  db: PrismaClient,
  demo: DemoCodes | null,
  now: Date,
  log: (message: string) => void,
) {
  const draft = demo
    ? await db.draft.findUnique({ where: { resumeCodeHash: hashCode(demo.resumeCode) } })
    : null;
  const followUp = demo?.followUpCode
    ? await db.followUpCode.findUnique({ where: { codeHash: hashCode(demo.followUpCode) } })
    : null;
  if (demo && draft && !draft.submittedAt && draft.expiresAt > now) {
    log(
      `Demodata: fortsätt på ett utkast med del ett klar på ${env.APP_URL}/rapportera/fortsatt med koden ${demo.resumeCode}`,
    );
  }
  if (demo?.followUpCode && followUp) {
    log(
      `Demodata: följ upp ${demo.followUpReference} på ${env.APP_URL}/uppfoljning med koden ${demo.followUpCode}`,
    );
  }
  if (!draft || draft.submittedAt || draft.expiresAt <= now || !followUp) {
    log(
      "Demodata: någon av demokoderna har använts eller gäller inte längre. Nya koder får du med en tom databas: på den inbyggda databasen, stoppa appen, ta bort .data/pglite och starta igen.",
    );
  }
}

/**
 * Migrates, seeds and closes the database again (a PGlite directory can be open in one process only). Seeding runs
 * under the migration lock, so two instances starting together don't both create the reference data.
 */
export async function migrateAndSeed(options: SeedOptions = {}) {
  // As the database's owner when MIGRATION_DATABASE_URL is set.
  const connection = connect(ownerTarget());
  try {
    await connection.migrate(async (applied) => {
      if (applied.length) console.log(`Migrerade: ${applied.join(", ")}`);
      await seedDatabase(connection.prisma, options);
    });
  } finally {
    await connection.close();
  }
}

const invokedPath = process.argv[1] ? pathToFileURL(path.resolve(process.argv[1])).href : "";
if (import.meta.url === invokedPath) {
  await migrateAndSeed();
}
