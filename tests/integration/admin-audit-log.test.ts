import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { ACCESS_EVENT_ACTIONS } from "@/lib/audit/access-events";
import { completeAuditReview } from "@/lib/audit/complete-audit-review";
import { stockholmDayStart } from "@/lib/dates";
import { exportAuditLog } from "@/lib/audit/export-audit-log";
import { getAuditReview } from "@/lib/audit/get-audit-review";
import { listAuditReviews } from "@/lib/audit/list-audit-reviews";
import { AUDIT_LOG_WITHOUT_ACCOUNT, ZAuditLogFilters, auditLogSearch } from "@/lib/audit/schemas";
import { AUDIT_PAGE_SIZE, searchAuditLog } from "@/lib/audit/search-audit-log";
import { startAuditReview } from "@/lib/audit/start-audit-review";
import type { TAuditAction } from "@/lib/audit/events";
import type { Actor } from "@/lib/auth/assert-permission";
import { hashPassword } from "@/lib/auth/passwords";
import { submitReport } from "@/lib/reports/submit-report";
import { createReferenceData, createStaff, insertCompleteDraft } from "../setup/db-helpers";
import { REPORT_ACTIONS, REPORT_DESCRIPTION } from "../setup/fixtures";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();

// argon2id costs ~100 ms a hash: the accounts share one, made once for the file.
let passwordHash: string;
let admin: Actor;
let samordnare: Actor;

const staff = (role: Role, name: string, email: string) =>
  createStaff(db.prisma, role, email, { name, passwordHash });

beforeAll(async () => {
  passwordHash = await hashPassword("ett-langt-losenord-1");
});

beforeEach(async () => {
  admin = await staff("ADMIN", "Ada Admin", "admin@example.se");
  samordnare = await staff("SAMORDNARE", "Sara Samordnare", "samordnare@example.se");
});

/**
 * Two submitted reports; the audit rows their submission wrote are removed so each test places its own. The audit
 * log refuses DELETE (docs/decisions/011); TRUNCATE, which the app's own role may not run, empties it.
 */
async function twoReports() {
  const ids = await createReferenceData(db.prisma);
  const now = new Date();
  const a = await submitReport(db.prisma, (await insertCompleteDraft(db.prisma, ids, now)).draft, now);
  const b = await submitReport(db.prisma, (await insertCompleteDraft(db.prisma, ids, now)).draft, now);
  await db.prisma.$executeRaw`TRUNCATE TABLE "AuditLog"`;
  return { a, b };
}

interface Row {
  action: TAuditAction;
  at: string;
  actor?: Actor | null;
  actorLabel?: string;
  reportId?: string;
  data?: Record<string, string | number | boolean | null>;
}

async function insertRow(row: Row) {
  const { id } = await db.prisma.auditLog.create({
    data: {
      action: row.action,
      createdAt: new Date(row.at),
      actorId: row.actor?.id ?? null,
      actorLabel: row.actorLabel ?? row.actor?.id ?? "Rapportör",
      reportId: row.reportId ?? null,
      data: row.data,
    },
  });
  return id;
}

/** A search as the page reads it from the URL. */
function search(params: Record<string, string>) {
  return searchAuditLog(db.prisma, admin, ZAuditLogFilters.parse(params));
}

/** RFC 4180 with semicolons, as toCsv writes it (BOM, CRLF). */
function parseCsv(text: string): string[][] {
  expect(text.startsWith("\uFEFF")).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ";") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && body[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  expect(row).toEqual([]);
  return rows;
}

describe("audit log search", () => {
  // Swedish time is UTC+1 in March and UTC+2 in July: these instants sit just either side of local midnight.
  let reports: Awaited<ReturnType<typeof twoReports>>;
  let rows: Record<string, string>;

  beforeEach(async () => {
    reports = await twoReports();
    const { a, b } = reports;
    rows = {
      followUpA: await insertRow({
        action: "FOLLOW_UP_VIEWED",
        at: "2026-02-28T10:00:00Z",
        reportId: a.reportId,
      }),
      viewedA: await insertRow({
        action: "CASE_VIEWED",
        at: "2026-03-01T22:30:00Z",
        actor: samordnare,
        reportId: a.reportId,
      }),
      viewedB: await insertRow({
        action: "CASE_VIEWED",
        at: "2026-03-01T23:30:00Z",
        actor: samordnare,
        reportId: b.reportId,
      }),
      signIn: await insertRow({ action: "SIGN_IN", at: "2026-03-02T08:00:00Z", actor: admin }),
      noteA: await insertRow({
        action: "CASE_NOTE_ADDED",
        at: "2026-03-05T09:00:00Z",
        actor: samordnare,
        reportId: a.reportId,
      }),
      summer: await insertRow({ action: "SIGN_IN", at: "2026-06-30T22:30:00Z", actor: samordnare }),
    };
  });

  const ids = (result: Awaited<ReturnType<typeof search>>) => result.rows.map((row) => row.id);

  it("lists every event newest first with the actor's name and the case reference", async () => {
    const result = await search({});
    expect(result.total).toBe(6);
    expect(ids(result)).toEqual([
      rows.summer,
      rows.noteA,
      rows.signIn,
      rows.viewedB,
      rows.viewedA,
      rows.followUpA,
    ]);
    expect(result.rows.find((row) => row.id === rows.viewedA)).toMatchObject({
      actorName: "Sara Samordnare",
      actorRole: "SAMORDNARE",
      reference: reports.a.reference,
    });
    expect(result.rows.find((row) => row.id === rows.followUpA)).toMatchObject({
      actorName: "Rapportör",
      actorRole: null,
    });
  });

  it("filters by action", async () => {
    expect(ids(await search({ handelse: "CASE_VIEWED" }))).toEqual([rows.viewedB, rows.viewedA]);
  });

  it("filters by staff user, and by events without an account", async () => {
    expect(ids(await search({ anvandare: samordnare.id }))).toEqual([
      rows.summer,
      rows.noteA,
      rows.viewedB,
      rows.viewedA,
    ]);
    expect(ids(await search({ anvandare: admin.id }))).toEqual([rows.signIn]);
    expect(ids(await search({ anvandare: AUDIT_LOG_WITHOUT_ACCOUNT }))).toEqual([rows.followUpA]);
  });

  it("filters by case reference in any letter case, and an unknown reference matches nothing", async () => {
    expect(ids(await search({ arende: reports.a.reference.toLowerCase() }))).toEqual([
      rows.noteA,
      rows.viewedA,
      rows.followUpA,
    ]);
    expect((await search({ arende: "BIS-1999-0001" })).total).toBe(0);
  });

  it("filters by whole Swedish days, in winter and summer time", async () => {
    expect(ids(await search({ fran: "2026-03-01", till: "2026-03-01" }))).toEqual([rows.viewedA]);
    expect(ids(await search({ fran: "2026-03-02", till: "2026-03-02" }))).toEqual([
      rows.signIn,
      rows.viewedB,
    ]);
    expect(ids(await search({ till: "2026-02-28" }))).toEqual([rows.followUpA]);
    expect(ids(await search({ fran: "2026-03-03" }))).toEqual([rows.summer, rows.noteA]);
    expect((await search({ fran: "2026-06-30", till: "2026-06-30" })).total).toBe(0);
    expect(ids(await search({ fran: "2026-07-01", till: "2026-07-01" }))).toEqual([rows.summer]);
  });

  it("combines filters", async () => {
    expect(ids(await search({ handelse: "CASE_VIEWED", arende: reports.a.reference }))).toEqual([
      rows.viewedA,
    ]);
    expect(ids(await search({ anvandare: samordnare.id, fran: "2026-03-02", till: "2026-03-31" }))).toEqual([
      rows.noteA,
      rows.viewedB,
    ]);
  });

  it("ignores an unreadable date or action instead of failing", async () => {
    expect((await search({ fran: "2026-13-01", handelse: "NOT_AN_ACTION" })).total).toBe(6);
  });

  it("pages through long results and keeps a page past the end on the last page", async () => {
    await db.prisma.auditLog.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE }, (_, i) => ({
        action: "CASE_VIEWED",
        actorId: admin.id,
        actorLabel: admin.id,
        createdAt: new Date(Date.UTC(2026, 3, 1, 8, 0, i)),
      })),
    });
    const first = await search({ anvandare: admin.id });
    expect(first).toMatchObject({ total: AUDIT_PAGE_SIZE + 1, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    const last = await search({ anvandare: admin.id, sida: "9" });
    expect(last).toMatchObject({ page: 2 });
    expect(ids(last)).toEqual([rows.signIn]);
  });
});

describe("audit log CSV export", () => {
  it("exports the matching rows oldest first, escaping semicolons, quotes and formula prefixes", async () => {
    const { a } = await twoReports();
    const formula = await staff("SAMORDNARE", '=HYPERLINK("http://x.se";"Klicka")', "formel@example.se");
    const semicolon = await staff("SAMORDNARE", 'Svensson; "Nisse"', "nisse@example.se");
    const plus = await staff("SAMORDNARE", "+46 Plus", "plus@example.se");
    const minus = await staff("SAMORDNARE", "-Minus", "minus@example.se");
    const at = await staff("SAMORDNARE", "@Snabel", "snabel@example.se");
    await insertRow({
      action: "CASE_VIEWED",
      at: "2026-03-01T22:30:00Z",
      actor: formula,
      reportId: a.reportId,
    });
    await insertRow({
      action: "CASE_VIEWED",
      at: "2026-03-02T08:00:00Z",
      actor: semicolon,
      reportId: a.reportId,
    });
    await insertRow({ action: "CASE_VIEWED", at: "2026-03-02T09:00:00Z", actor: plus });
    await insertRow({ action: "CASE_VIEWED", at: "2026-03-02T10:00:00Z", actor: minus });
    await insertRow({ action: "CASE_VIEWED", at: "2026-03-02T11:00:00Z", actor: at });
    await insertRow({ action: "FOLLOW_UP_VIEWED", at: "2026-03-02T12:00:00Z", reportId: a.reportId });
    await insertRow({ action: "SIGN_IN", at: "2026-03-03T08:00:00Z", actor: admin });

    const { csv, rows: count } = await exportAuditLog(
      db.prisma,
      admin,
      auditLogSearch(ZAuditLogFilters.parse({ handelse: "CASE_VIEWED" })),
    );
    expect(count).toBe(5);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x.se"";""Klicka"")"`);
    expect(csv).toContain(`"Svensson; ""Nisse"""`);

    const [header, ...body] = parseCsv(csv);
    expect(header).toEqual([
      "Tid (svensk tid)",
      "Händelse",
      "Händelsekod",
      "Utförd av",
      "Roll",
      "Användar-id",
      "Ärende",
      "Detaljer",
    ]);
    expect(body.map((cells) => cells.length)).toEqual([8, 8, 8, 8, 8]);
    expect(body.map((cells) => cells[3])).toEqual([
      `'=HYPERLINK("http://x.se";"Klicka")`,
      'Svensson; "Nisse"',
      "'+46 Plus",
      "'-Minus",
      "'@Snabel",
    ]);
    expect(body[0]).toEqual([
      "2026-03-01 23:30:00",
      "Ärende läst",
      "CASE_VIEWED",
      `'=HYPERLINK("http://x.se";"Klicka")`,
      "Samordnare",
      formula.id,
      a.reference,
      "",
    ]);
    expect(csv).not.toContain(REPORT_DESCRIPTION.slice(0, 40));
    expect(csv).not.toContain(REPORT_ACTIONS.slice(0, 40));
  });

  it("records each export with its search and row count, after reading, in an AUDIT_EXPORTED row", async () => {
    const { a } = await twoReports();
    await insertRow({
      action: "CASE_VIEWED",
      at: "2026-03-01T22:30:00Z",
      actor: samordnare,
      reportId: a.reportId,
    });
    await insertRow({ action: "SIGN_IN", at: "2026-03-02T08:00:00Z", actor: samordnare });
    const filters = auditLogSearch(
      ZAuditLogFilters.parse({
        anvandare: samordnare.id,
        arende: a.reference,
        fran: "2026-03-01",
        till: "2026-03-31",
        sida: "3",
      }),
    );
    const { csv } = await exportAuditLog(db.prisma, admin, filters);
    expect(parseCsv(csv).map((cells) => cells[2])).toEqual(["Händelsekod", "CASE_VIEWED"]);
    const exported = await db.prisma.auditLog.findMany({ where: { action: "AUDIT_EXPORTED" } });
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({
      actorId: admin.id,
      reportId: null,
      data: {
        rows: 1,
        action: null,
        userId: samordnare.id,
        reference: a.reference,
        from: "2026-03-01",
        to: "2026-03-31",
      },
    });

    // The next export shows the first one.
    const again = await exportAuditLog(db.prisma, admin, { handelse: "AUDIT_EXPORTED" });
    const [, row] = parseCsv(again.csv);
    expect(row!.slice(1, 6)).toEqual([
      "Logg exporterad",
      "AUDIT_EXPORTED",
      "Ada Admin",
      "Administratör",
      admin.id,
    ]);
    expect(JSON.parse(row![7]!)).toMatchObject({ rows: 1, userId: samordnare.id });
  });

  it("exports just the header when nothing matches", async () => {
    const { csv, rows } = await exportAuditLog(db.prisma, admin, { arende: "BIS-1999-0001" });
    expect(rows).toBe(0);
    expect(parseCsv(csv)).toHaveLength(1);
  });
});

describe("loggkontroll", () => {
  const PERIOD = { from: "2026-03-01", to: "2026-03-03" };
  let inPeriod: string[];

  beforeEach(async () => {
    // Every kind of access event inside the period, changes inside it, and access events just outside it.
    inPeriod = [];
    for (const [i, action] of ACCESS_EVENT_ACTIONS.entries()) {
      inPeriod.push(await insertRow({ action, at: `2026-03-0${1 + (i % 3)}T12:00:00Z`, actor: samordnare }));
    }
    inPeriod.push(await insertRow({ action: "CASE_VIEWED", at: "2026-02-28T23:00:00Z", actor: samordnare })); // 00:00 on 1 March
    inPeriod.push(await insertRow({ action: "CASE_VIEWED", at: "2026-03-03T22:59:59Z", actor: samordnare })); // 23:59:59 on 3 March
    for (const action of [
      "SIGN_IN",
      "CASE_NOTE_ADDED",
      "CASE_REGISTERED",
      "USER_CREATED",
      "SETTINGS_CHANGED",
    ] as const) {
      await insertRow({ action, at: "2026-03-02T12:00:00Z", actor: samordnare });
    }
    await insertRow({ action: "CASE_VIEWED", at: "2026-02-28T22:59:59Z", actor: samordnare }); // 23:59:59 on 28 February
    await insertRow({ action: "CASE_VIEWED", at: "2026-03-03T23:00:00Z", actor: samordnare }); // 00:00 on 4 March
  });

  it("draws its sample only from the access events within the period", async () => {
    const started = await startAuditReview(db.prisma, admin, { ...PERIOD, sampleSize: 100 });
    expect(started).toMatchObject({ population: inPeriod.length, sampled: inPeriod.length });
    const review = await db.prisma.auditReview.findUniqueOrThrow({ where: { id: started.id } });
    expect([...(review.sampledIds as string[])].sort()).toEqual([...inPeriod].sort());
    expect(review).toMatchObject({
      reviewerId: admin.id,
      periodFrom: stockholmDayStart("2026-03-01"),
      periodTo: stockholmDayStart("2026-03-04"),
      conclusion: null,
      completedAt: null,
    });
  });

  it("draws a random sample of the requested size without repeats, and audits the start", async () => {
    for (let i = 0; i < 3; i++) {
      const started = await startAuditReview(db.prisma, admin, { ...PERIOD, sampleSize: 4 });
      const review = await db.prisma.auditReview.findUniqueOrThrow({ where: { id: started.id } });
      const sampled = review.sampledIds as string[];
      expect(new Set(sampled).size).toBe(4);
      for (const id of sampled) expect(inPeriod).toContain(id);
    }
    const starts = await db.prisma.auditLog.findMany({ where: { action: "AUDIT_REVIEW_STARTED" } });
    expect(starts).toHaveLength(3);
    expect(starts[0]).toMatchObject({
      actorId: admin.id,
      data: { from: PERIOD.from, to: PERIOD.to, population: inPeriod.length, sampled: 4 },
    });
  });

  it("shows the sampled events with who did them", async () => {
    const started = await startAuditReview(db.prisma, admin, { ...PERIOD, sampleSize: 3 });
    const shown = await getAuditReview(db.prisma, admin, started.id);
    expect(shown!.events).toHaveLength(3);
    for (const event of shown!.events) {
      expect(inPeriod).toContain(event.id);
      expect(event.actorName).toBe("Sara Samordnare");
    }
    expect(shown!.review.reviewer.name).toBe("Ada Admin");
  });

  it("stores the conclusion when completed, with an AUDIT_REVIEW_COMPLETED row, and cannot be completed twice", async () => {
    const started = await startAuditReview(db.prisma, admin, { ...PERIOD, sampleSize: 5 });
    const completedAt = new Date("2026-04-01T10:00:00Z");
    const conclusion = "Alla läsningar gjordes av handläggaren i ärendet. Inga avvikelser.";
    await completeAuditReview(db.prisma, admin, { reviewId: started.id, conclusion }, completedAt);
    expect(await db.prisma.auditReview.findUniqueOrThrow({ where: { id: started.id } })).toMatchObject({
      conclusion,
      completedAt,
    });
    const completed = await db.prisma.auditLog.findMany({ where: { action: "AUDIT_REVIEW_COMPLETED" } });
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({ actorId: admin.id, data: { reviewId: started.id } });
    expect(JSON.stringify(completed[0]!.data)).not.toContain("avvikelser");

    await expect(
      completeAuditReview(db.prisma, admin, { reviewId: started.id, conclusion: "Ändrad slutsats." }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: "Loggkontrollen är redan avslutad.",
    });
    expect((await db.prisma.auditReview.findUniqueOrThrow({ where: { id: started.id } })).conclusion).toBe(
      conclusion,
    );
    expect(await db.prisma.auditLog.count({ where: { action: "AUDIT_REVIEW_COMPLETED" } })).toBe(1);

    const [listed] = await listAuditReviews(db.prisma, admin);
    expect(listed).toMatchObject({ id: started.id, reviewer: "Ada Admin", sampled: 5, completedAt });
  });

  it("refuses a period without access events, creating no review", async () => {
    await expect(
      startAuditReview(db.prisma, admin, { from: "2026-01-01", to: "2026-01-31", sampleSize: 20 }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: "Det finns inga åtkomsthändelser från 2026-01-01 till 2026-01-31. Välj en annan period.",
    });
    expect(await db.prisma.auditReview.count()).toBe(0);
    expect(await db.prisma.auditLog.count({ where: { action: "AUDIT_REVIEW_STARTED" } })).toBe(0);
  });

  it("answers NOT_FOUND when completing a review that does not exist", async () => {
    await expect(
      completeAuditReview(db.prisma, admin, { reviewId: "finns-inte", conclusion: "Klar." }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.prisma.auditLog.count({ where: { action: "AUDIT_REVIEW_COMPLETED" } })).toBe(0);
  });
});
