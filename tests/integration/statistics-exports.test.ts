import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { exportStatistics, STATISTICS_EXPORT_FORMATS } from "@/lib/anonymised-cases/export-statistics";
import { loadStatisticsPage } from "@/lib/anonymised-cases/load-statistics";
import { ACCESS_EVENT_ACTIONS } from "@/lib/audit/access-events";
import type { Actor } from "@/lib/auth/assert-permission";
import { ensureReferenceData } from "@/lib/reference-data/ensure-reference-data";
import { getStatisticsSettings } from "@/lib/settings/statistics-settings";
import { updateStatisticsSettings } from "@/lib/settings/update-statistics-settings";
import type { PublishedCell } from "@/lib/statistics/publish";
import {
  BREAKDOWN_KEYS,
  BREAKDOWN_TEXTS,
  DURATION_KEYS,
  DURATION_LABELS,
} from "@/lib/statistics/statistics-view";
import { createUser } from "@/lib/users/create-user";
import { createPlantedAnonymisedCase, PLANTED_IDENTITIES } from "../factories/anonymised-case-factory";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const YEAR = 2026;

async function staff(role: Actor["role"], email: string): Promise<Actor> {
  const user = await createUser(
    db.prisma,
    { name: email, email, role, password: "ett-langt-losenord-1" },
    null,
  );
  return { id: user.id, role: user.role };
}

let redactor: Actor;
let approver: Actor;
let arbetsgrupp: Actor;
let admin: Actor;

beforeEach(async () => {
  await ensureReferenceData(db.prisma, { now: new Date(`${YEAR}-06-01T10:00:00Z`) });
  redactor = await staff("SAMORDNARE", "samordnare@example.se");
  approver = await staff("SAMORDNARE", "kollega@example.se");
  arbetsgrupp = await staff("ARBETSGRUPP", "arbetsgrupp@example.se");
  admin = await staff("ADMIN", "admin@example.se");
});

/** Approved anonymised brister: `count` submitted in the spring of `year`. */
async function seedYear(year: number, count: number, offset = 0) {
  for (let i = 0; i < count; i++) {
    await createPlantedAnonymisedCase(db.prisma, {
      redactor,
      approver,
      identity: PLANTED_IDENTITIES[i % PLANTED_IDENTITIES.length]!,
      index: offset + i,
      now: new Date(`${year}-0${3 + (i % 4)}-1${i % 10}T09:00:00Z`),
    });
  }
}

async function readWorkbook(content: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(content) as unknown as ArrayBuffer);
  return workbook;
}

function sheetRows(workbook: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = workbook.getWorksheet(name);
  expect(sheet, name).toBeDefined();
  const rows: unknown[][] = [];
  sheet!.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** What the workbook holds for a published count or share: the number, or the text shown instead. */
function cellInWorkbook(cell: PublishedCell): unknown {
  return cell.suppressed ? cell.display : cell.value;
}

describe("the statistics page and its exports", () => {
  it("show the same figures: the page's loader, the workbook and the CSV", { timeout: 120_000 }, async () => {
    await seedYear(YEAR - 1, 3, 10);
    await seedYear(YEAR, 6);
    const { view } = await loadStatisticsPage(db.prisma, arbetsgrupp, { year: YEAR, thisYear: YEAR });
    expect(view.years).toEqual([YEAR - 1, YEAR]);
    expect(view.current.total.value).toBe(6);
    expect(view.exact).toBe(false);

    const xlsx = await exportStatistics(db.prisma, arbetsgrupp, { year: YEAR, format: "xlsx" });
    const workbook = await readWorkbook(xlsx.content);

    // The number of brister per year.
    expect(sheetRows(workbook, "Antal per år").slice(1, 3)).toEqual(
      view.published.map((p) => [p.year, cellInWorkbook(p.total)]),
    );
    // Every breakdown, every year, row by row.
    for (const key of BREAKDOWN_KEYS) {
      const breakdown = view.breakdowns[key];
      const rows = sheetRows(workbook, BREAKDOWN_TEXTS[key].sheetName);
      const withHuvudman = rows[0]![1] === "Huvudman";
      const figures = rows.slice(1, 1 + breakdown.rows.length).map((row) => row.slice(withHuvudman ? 2 : 1));
      expect(
        rows.slice(1, 1 + breakdown.rows.length).map((row) => row[0]),
        key,
      ).toEqual(breakdown.rows.map((row) => row.label));
      expect(figures, key).toEqual(
        breakdown.rows.map((row) =>
          row.cells.flatMap((cell) => [cellInWorkbook(cell.count), cellInWorkbook(cell.share)]),
        ),
      );
    }
    // The three most common causes.
    expect(
      sheetRows(workbook, "Vanligaste orsaker").slice(1, 1 + view.current.topCategories.rows.length),
    ).toEqual(
      view.current.topCategories.rows.map((row) => [
        row.rank,
        row.label,
        cellInWorkbook(row.count),
        cellInWorkbook(row.share),
      ]),
    );
    // The medians.
    expect(sheetRows(workbook, "Handläggningstider").slice(1, 4)).toEqual(
      DURATION_KEYS.map((key) => [
        DURATION_LABELS[key],
        ...view.published.flatMap((p) => {
          const d = p.durations[key];
          return [d.suppressed || d.median === null ? d.display : d.median, cellInWorkbook(d.count)];
        }),
      ]),
    );
    // The year's brister, one row each.
    const listed = sheetRows(workbook, `Brister ${YEAR}`).filter((row) => /^BIS-/.test(String(row[0])));
    expect(listed).toHaveLength(6);

    // The CSV of the statistics has the same counts as the page, as displayed.
    const csv = new TextDecoder().decode(
      (await exportStatistics(db.prisma, arbetsgrupp, { year: YEAR, format: "csv-statistik" })).content,
    );
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    const escalatedAt = lines.indexOf(`${BREAKDOWN_TEXTS.escalated.title} ${YEAR - 1}–${YEAR}`);
    expect(escalatedAt).toBeGreaterThan(0);
    expect(lines.slice(escalatedAt + 2, escalatedAt + 4)).toEqual(
      view.breakdowns.escalated.rows.map((row) =>
        [row.label, ...row.cells.flatMap((cell) => [cell.count.display, cell.share.display])]
          .join(";")
          .replace(/\u00a0/g, " "),
      ),
    );
    const casesCsv = new TextDecoder().decode(
      (await exportStatistics(db.prisma, arbetsgrupp, { year: YEAR, format: "csv-brister" })).content,
    );
    expect(
      casesCsv
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n"),
    ).toHaveLength(1 + 6);
  });

  it(
    "gives coordinators exact figures on the page, but the same suppressed files",
    { timeout: 60_000 },
    async () => {
      await seedYear(YEAR, 4);
      const forGroup = await loadStatisticsPage(db.prisma, arbetsgrupp, { year: null, thisYear: 2030 });
      const forCoordinator = await loadStatisticsPage(db.prisma, redactor, { year: null, thisYear: 2030 });
      // Without a year asked for: the latest year with brister.
      expect(forGroup.view.year).toBe(YEAR);
      expect(forCoordinator.view.exact).toBe(true);
      const cells = (view: typeof forGroup.view) =>
        BREAKDOWN_KEYS.flatMap((key) =>
          view.breakdowns[key].rows.flatMap((row) => row.cells.map((c) => c.count)),
        );
      const exact = cells(forCoordinator.view);
      const shown = cells(forGroup.view);
      expect(shown.some((cell) => cell.suppressed)).toBe(true);
      shown.forEach((cell, i) => {
        expect(exact[i]!.display).toBe(cell.display);
        expect(exact[i]!.suppressed).toBe(cell.suppressed);
        expect(exact[i]!.value).not.toBeNull();
        if (cell.suppressed) expect(cell.value).toBeNull();
        else expect(cell.value).toBe(exact[i]!.value);
      });

      const now = new Date(`${YEAR}-12-01T10:00:00Z`);
      for (const format of ["csv-brister", "csv-statistik"] as const) {
        const a = await exportStatistics(db.prisma, arbetsgrupp, { year: YEAR, format, now });
        const b = await exportStatistics(db.prisma, redactor, { year: YEAR, format, now });
        expect(Buffer.from(b.content).equals(Buffer.from(a.content)), format).toBe(true);
      }
    },
  );

  it("audits every export with the year and the format, and a loggkontroll samples it", async () => {
    await seedYear(YEAR, 1);
    for (const format of STATISTICS_EXPORT_FORMATS) {
      const file = await exportStatistics(db.prisma, arbetsgrupp, { year: YEAR, format });
      expect(file.filename).toMatch(new RegExp(`-${YEAR}\\.(xlsx|csv)$`));
    }
    const rows = await db.prisma.auditLog.findMany({
      where: { action: "ANONYMISED_EXPORTED" },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((row) => [row.actorId, row.data])).toEqual(
      STATISTICS_EXPORT_FORMATS.map((format) => [arbetsgrupp.id, { year: YEAR, format, cases: 1 }]),
    );
    expect(ACCESS_EVENT_ACTIONS).toContain("ANONYMISED_EXPORTED");
  });

  it("refuses an administrator and an anonymous caller, logs the refusal and exports nothing", async () => {
    for (const actor of [admin, null]) {
      for (const format of STATISTICS_EXPORT_FORMATS) {
        await expect(exportStatistics(db.prisma, actor, { year: YEAR, format })).rejects.toMatchObject({
          code: "FORBIDDEN",
        });
      }
      await expect(
        loadStatisticsPage(db.prisma, actor, { year: YEAR, thisYear: YEAR }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.prisma.auditLog.count({ where: { action: "ANONYMISED_EXPORTED" } })).toBe(0);
    const refusals = await db.prisma.auditLog.findMany({ where: { action: "ACCESS_REFUSED" } });
    const anonymous = await db.prisma.refusalCount.aggregate({ _sum: { count: true } });
    expect(refusals.length + (anonymous._sum.count ?? 0)).toBe(2 * (STATISTICS_EXPORT_FORMATS.length + 1));
    expect(
      refusals.every((row) => (row.data as { permission: string }).permission === "anonymised:read"),
    ).toBe(true);
  });
});

describe("the suppression threshold", () => {
  it("is 3 until an administrator sets another (1–10), and the page uses it", async () => {
    expect(await getStatisticsSettings(db.prisma)).toEqual({ suppressionThreshold: 3 });
    await expect(
      updateStatisticsSettings(db.prisma, arbetsgrupp, { suppressionThreshold: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateStatisticsSettings(db.prisma, admin, { suppressionThreshold: 11 })).rejects.toThrow();
    await updateStatisticsSettings(db.prisma, admin, { suppressionThreshold: 5 });
    expect(await getStatisticsSettings(db.prisma)).toEqual({ suppressionThreshold: 5 });
    const changed = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "SETTINGS_CHANGED" } });
    expect(changed.data).toEqual({
      key: "statistics",
      suppressionThresholdFrom: 3,
      suppressionThresholdTo: 5,
    });
    const { view } = await loadStatisticsPage(db.prisma, arbetsgrupp, { year: YEAR, thisYear: YEAR });
    expect(view.threshold).toBe(5);
  });
});
