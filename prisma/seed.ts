import { purgeExpiredDrafts } from "@/lib/reports/drafts";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { CaseStatus, PrismaClient } from "@/generated/prisma/client";
import { approveRedaction } from "@/lib/anonymised-cases/approve-redaction";
import { detectorAllowList } from "@/lib/anonymised-cases/detector-allow-list";
import { redactableSections } from "@/lib/anonymised-cases/redactable-sections";
import { saveRedaction } from "@/lib/anonymised-cases/save-redaction";
import { suggestedRedaction } from "@/lib/anonymised-cases/suggested-redaction";
import type { Actor } from "@/lib/auth/assert-permission";
import { connect } from "@/lib/db";
import { env, isEmbeddedDatabase } from "@/lib/env";
import { ensureReferenceData } from "@/lib/reference-data/ensure-reference-data";
import { DEL_ETT_KEYS } from "@/lib/reports/wizard-steps";
import { createUser } from "@/lib/users/create-user";
import {
  createDraftThroughSteps,
  createSubmittedReport,
  loadReferenceLookup,
  REPORT_SCENARIOS,
} from "@/tests/factories/report-factory";

/**
 * Reference data always; demo brister when wanted (SEED_DEMO=true, or the embedded database unless SEED_DEMO=false)
 * and only into a database without reports. Safe to run at every start.
 */

export function wantsDemoData(): boolean {
  return env.SEED_DEMO ?? isEmbeddedDatabase;
}

const DAY_MS = 86_400_000;

// Statuses by age, oldest first: 2025's brister went through the annual review; 2026's are at every stage.
const STATUSES_2025: CaseStatus[] = [
  "AVSLUTAD",
  "AVSLUTAD",
  "AVIDENTIFIERAD",
  "AVSLUTAD",
  "AVIDENTIFIERAD",
  "AVSLUTAD",
  "AVIDENTIFIERAD",
  "AVSLUTAD",
  "AVVISAD",
  "AVIDENTIFIERAD",
  "AVSLUTAD",
  "AVIDENTIFIERAD",
  "AVSLUTAD",
  "AVIDENTIFIERAD",
  "AVIDENTIFIERAD",
  "AVSLUTAD",
];
const STATUSES_2026: CaseStatus[] = [
  "AVIDENTIFIERAD",
  "ATERKOPPLAD",
  "AVSLUTAD",
  "ATERKOPPLAD",
  "ATERKOPPLAD",
  "UNDER_HANDLAGGNING",
  "ATERKOPPLAD",
  "UNDER_HANDLAGGNING",
  "UNDER_HANDLAGGNING",
  "REGISTRERAD",
  "REGISTRERAD",
  "INKOMMEN",
  "INKOMMEN",
  "INKOMMEN",
];

const HAS_CATEGORIES = new Set<CaseStatus>([
  "UNDER_HANDLAGGNING",
  "ATERKOPPLAD",
  "AVIDENTIFIERAD",
  "AVSLUTAD",
]);
const HAS_FEEDBACK = new Set<CaseStatus>(["ATERKOPPLAD", "AVIDENTIFIERAD", "AVSLUTAD"]);

const FEEDBACK =
  "Tack för din rapport. Bristen har tagits upp med berörda chefer hos båda parter, och de överenskomna åtgärderna följs upp på nästa lokala samverkansmöte.";
const REJECTION =
  "Rapporten gäller en fråga inom den egna verksamheten och inte samverkan mellan huvudmännen. Ta upp den med din närmsta chef.";

interface DemoCase {
  submittedAt: Date;
  status: CaseStatus;
}

/** About 30 submission times over 2025 and 2026 (never after `now`), on weekdays in office hours, with a status each. */
export function demoSchedule(now: Date): DemoCase[] {
  const at = (date: Date, index: number) => {
    const day = new Date(date);
    const weekday = day.getUTCDay();
    if (weekday === 0 || weekday === 6) day.setUTCDate(day.getUTCDate() + (weekday === 6 ? 2 : 1));
    day.setUTCHours(7 + (index % 8), (index * 17) % 60, 0, 0);
    return day;
  };
  const cases2025 = STATUSES_2025.map((status, i) => ({
    submittedAt: at(new Date(Date.UTC(2025, 0, 20) + i * 21 * DAY_MS + (i % 3) * 2 * DAY_MS), i),
    status,
  }));
  const start2026 = Date.UTC(2026, 0, 12);
  const end2026 = Math.min(Date.UTC(2026, 10, 20), now.getTime() - 3 * DAY_MS);
  const step = Math.max(DAY_MS, (end2026 - start2026) / (STATUSES_2026.length - 1));
  const cases2026 = STATUSES_2026.map((status, i) => ({
    submittedAt: at(new Date(start2026 + i * step), i + 3),
    status,
  }));
  return [...cases2025, ...cases2026].filter((c) => c.submittedAt.getTime() < now.getTime());
}

function diarienummer(year: number, sequence: number): string {
  return `SOF ${year}/${100 + sequence * 7 + (sequence % 5)}`;
}

export interface DemoSummary {
  reports: number;
  resumeCode: string;
  followUpCode?: string;
  followUpReference?: string;
}

/** The two demo coordinators: one redacts, the other approves, as four eyes asks. */
async function demoCoordinators(db: PrismaClient): Promise<{ redactor: Actor; approver: Actor }> {
  const [redactor, approver] = await Promise.all(
    ["samordnare@example.se", "samordnare2@example.se"].map((email) =>
      db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } }),
    ),
  );
  return { redactor: redactor!, approver: approver! };
}

/**
 * An anonymised demo case gets its record the way a coordinator makes one: the detector's suggestions accepted in
 * the workbench, saved by one demo coordinator and approved by the other.
 */
async function redactDemoCase(
  db: PrismaClient,
  reportId: string,
  people: { redactor: Actor; approver: Actor; allow: string[] },
  at: Date,
) {
  const report = await db.report.findUniqueOrThrow({
    where: { id: reportId },
    include: { measures: { orderBy: { sortOrder: "asc" } } },
  });
  // The demo reporters sent no replies.
  const sections = redactableSections({ ...report, replies: [] });
  const saved = await saveRedaction(
    db,
    people.redactor,
    {
      reportId,
      sections: suggestedRedaction(sections, { allow: people.allow }),
      dismissedFindings: [],
      ageGroupWithheld: false,
      organisationWithheld: false,
      approve: false,
    },
    at,
  );
  await approveRedaction(db, people.approver, { reportId, version: saved.version }, at);
}

/** Submits the demo brister through the wizard's own functions, then moves each case to its status. */
export async function seedDemoData(db: PrismaClient, now: Date): Promise<DemoSummary> {
  const lookup = await loadReferenceLookup(db);
  const categories = await db.category.findMany({ select: { id: true, name: true, year: true } });
  let shown: { reference: string; followUpCode: string } | undefined;
  const schedule = demoSchedule(now);
  const redaction = { ...(await demoCoordinators(db)), allow: await detectorAllowList(db) };

  for (const [index, demo] of schedule.entries()) {
    const submitted = await createSubmittedReport(db, { now: demo.submittedAt, index, lookup });
    const { report, scenario } = submitted;
    const isRegistered = demo.status !== "INKOMMEN" && demo.status !== "AVVISAD";
    const categoryIds = HAS_CATEGORIES.has(demo.status)
      ? categories
          .filter((c) => c.year === report.year && scenario.categories.includes(c.name))
          .map((c) => c.id)
      : [];
    const answeredAt = new Date(demo.submittedAt.getTime() + (12 + (index % 10)) * DAY_MS);
    const lastActivity = answeredAt < now ? answeredAt : now;
    const message = HAS_FEEDBACK.has(demo.status)
      ? FEEDBACK
      : demo.status === "AVVISAD"
        ? REJECTION
        : undefined;

    const isAnonymised = demo.status === "AVIDENTIFIERAD" || demo.status === "AVSLUTAD";
    await db.report.update({
      where: { id: report.id },
      data: {
        status: demo.status,
        // Gallring counts from here, as when a coordinator closes a case.
        closedAt: demo.status === "AVSLUTAD" ? lastActivity : null,
        statusReason:
          demo.status === "AVVISAD" ? "Gäller en intern fråga i verksamheten, inte samverkan." : null,
        lastActivityAt: demo.status === "INKOMMEN" ? demo.submittedAt : lastActivity,
        diarienummer: isRegistered ? diarienummer(report.year, report.sequence) : null,
        categories: { create: categoryIds.map((categoryId) => ({ categoryId })) },
        messages: message
          ? { create: { fromReporter: false, body: message, createdAt: lastActivity } }
          : undefined,
      },
    });
    if (isAnonymised) await redactDemoCase(db, report.id, redaction, lastActivity);
    if (demo.status === "ATERKOPPLAD")
      shown = { reference: submitted.reference, followUpCode: submitted.followUpCode };
  }

  // A draft with del ett done, waiting for the dialogue with the samverkanspart: resumable from the start page.
  const draft = await createDraftThroughSteps(db, { now, index: schedule.length, steps: DEL_ETT_KEYS });
  return {
    reports: schedule.length,
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
}

export async function seedDatabase(db: PrismaClient, options: SeedOptions = {}) {
  const now = options.now ?? new Date();
  const log = options.log ?? console.log;
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
    return;
  }
  const demo = await seedDemoData(db, now);
  log(`Demodata: ${demo.reports} fiktiva brister för ${REPORT_SCENARIOS.length} exempel skapade.`);
  log(`Demodata: återuppta ett utkast med del ett klar med koden ${demo.resumeCode}`);
  if (demo.followUpCode) {
    log(`Demodata: följ upp ${demo.followUpReference} med koden ${demo.followUpCode}`);
  }
}

/**
 * Migrates, seeds and closes the database again (a PGlite directory can be open in one process only). Seeding runs
 * under the migration lock, so two instances starting together don't both create the reference data.
 */
export async function migrateAndSeed(options: SeedOptions = {}) {
  const connection = connect();
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
