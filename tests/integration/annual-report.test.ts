import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import mammoth from "mammoth";
import { beforeEach, describe, expect, it } from "vitest";
import { defaultSections, DEFAULT_OPEN_QUESTIONS } from "@/lib/annual-report/default-sections";
import { exportAnnualReportDocx, loadAnnualReportForPrint } from "@/lib/annual-report/export-annual-report";
import { getAnnualReport, getAnnualReportVersion } from "@/lib/annual-report/get-annual-report";
import { listAnnualReportVersions } from "@/lib/annual-report/list-annual-report-versions";
import { loadAnnualReportData } from "@/lib/annual-report/load-annual-report-data";
import { restoreAnnualReportVersion } from "@/lib/annual-report/restore-annual-report-version";
import { CONFLICT_MESSAGE, saveAnnualReport } from "@/lib/annual-report/save-annual-report";
import { ZSaveAnnualReport, type TAnnualReportSections } from "@/lib/annual-report/schemas";
import type { Actor } from "@/lib/auth/assert-permission";
import { ensureReferenceData } from "@/lib/reference-data/ensure-reference-data";
import { createUser } from "@/lib/users/create-user";
import { DEMO_ANNUAL_REPORT_2025 } from "../factories/demo-annual-report";
import { DEMO_2025, seedDemoYear } from "../factories/demo-years";
import { paragraphs, readDocx } from "../setup/read-docx";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const YEAR = 2026;

async function staff(role: Actor["role"], email: string, name = email): Promise<Actor> {
  const user = await createUser(db.prisma, { name, email, role, password: "ett-langt-losenord-1" }, null);
  return { id: user.id, role: user.role };
}

function sections(overrides: Partial<TAnnualReportSections> = {}): TAnnualReportSections {
  return { ...defaultSections(), ...overrides };
}

let arbetsgrupp: Actor;
let samordnare: Actor;
let admin: Actor;

beforeEach(async () => {
  await ensureReferenceData(db.prisma, { now: new Date(`${YEAR}-03-01T10:00:00Z`) });
  arbetsgrupp = await staff("ARBETSGRUPP", "arbetsgrupp@example.se", "Arja Arbetsgrupp");
  samordnare = await staff("SAMORDNARE", "samordnare@example.se", "Sam Samordnare");
  admin = await staff("ADMIN", "admin@example.se");
});

describe("saving the annual report's text", () => {
  it("starts a year that nobody has saved with empty texts and the 2025 open questions", async () => {
    const report = await getAnnualReport(db.prisma, arbetsgrupp, YEAR);
    expect(report.latestVersion).toBeNull();
    expect(report.sections).toEqual(defaultSections());
    expect(report.sections.openQuestions).toEqual(DEFAULT_OPEN_QUESTIONS);
    expect(await db.prisma.annualReport.count()).toBe(0);
  });

  it("keeps every save as a version, newest first with who saved it, and the report holds the newest", async () => {
    const first = await saveAnnualReport(db.prisma, arbetsgrupp, {
      year: YEAR,
      baseVersionId: null,
      sections: sections({ summary: "Första utkastet." }),
    });
    const second = await saveAnnualReport(db.prisma, samordnare, {
      year: YEAR,
      baseVersionId: first.versionId,
      sections: sections({
        summary: "Andra utkastet.",
        categoryTexts: { kommunikation: "Om kommunikation." },
      }),
    });

    const versions = await listAnnualReportVersions(db.prisma, arbetsgrupp, YEAR);
    expect(versions.map((v) => [v.id, v.savedByName])).toEqual([
      [second.versionId, "Sam Samordnare"],
      [first.versionId, "Arja Arbetsgrupp"],
    ]);
    const report = await getAnnualReport(db.prisma, arbetsgrupp, YEAR);
    expect(report.latestVersion?.id).toBe(second.versionId);
    expect(report.sections.summary).toBe("Andra utkastet.");
    expect(report.sections.categoryTexts).toEqual({ kommunikation: "Om kommunikation." });
    const row = await db.prisma.annualReport.findUniqueOrThrow({ where: { year: YEAR } });
    expect(row.updatedById).toBe(samordnare.id);
    // Another year is untouched.
    expect((await getAnnualReport(db.prisma, arbetsgrupp, YEAR - 1)).latestVersion).toBeNull();
  });

  it("refuses a save made on a version that is no longer the newest, and the first save of a year made twice", async () => {
    const first = await saveAnnualReport(db.prisma, arbetsgrupp, {
      year: YEAR,
      baseVersionId: null,
      sections: sections({ summary: "A." }),
    });
    await saveAnnualReport(db.prisma, samordnare, {
      year: YEAR,
      baseVersionId: first.versionId,
      sections: sections({ summary: "B." }),
    });
    for (const baseVersionId of [first.versionId, null]) {
      await expect(
        saveAnnualReport(db.prisma, arbetsgrupp, {
          year: YEAR,
          baseVersionId,
          sections: sections({ summary: "C." }),
        }),
      ).rejects.toMatchObject({ code: "CONFLICT", message: CONFLICT_MESSAGE });
    }
    expect(await db.prisma.annualReportVersion.count()).toBe(2);
    expect((await getAnnualReport(db.prisma, arbetsgrupp, YEAR)).sections.summary).toBe("B.");
  });

  it("lets only one of two saves on the same version through", async () => {
    const first = await saveAnnualReport(db.prisma, arbetsgrupp, {
      year: YEAR,
      baseVersionId: null,
      sections: sections({ summary: "A." }),
    });
    const results = await Promise.allSettled(
      ["B.", "C."].map((summary) =>
        saveAnnualReport(db.prisma, arbetsgrupp, {
          year: YEAR,
          baseVersionId: first.versionId,
          sections: sections({ summary }),
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.prisma.annualReportVersion.count()).toBe(2);
  });

  it("restores an older version by saving it again as the newest, keeping the history", async () => {
    const old = sections({ summary: "Den gamla texten.", recommendations: ["Ta upp rapporten."] });
    const first = await saveAnnualReport(db.prisma, arbetsgrupp, {
      year: YEAR,
      baseVersionId: null,
      sections: old,
    });
    const second = await saveAnnualReport(db.prisma, arbetsgrupp, {
      year: YEAR,
      baseVersionId: first.versionId,
      sections: sections({ summary: "Den nya texten." }),
    });

    const shown = await getAnnualReportVersion(db.prisma, arbetsgrupp, YEAR, first.versionId);
    expect(shown.sections).toEqual(old);
    expect(shown.savedByName).toBe("Arja Arbetsgrupp");

    const restored = await restoreAnnualReportVersion(db.prisma, samordnare, {
      year: YEAR,
      versionId: first.versionId,
      baseVersionId: second.versionId,
    });
    const versions = await listAnnualReportVersions(db.prisma, arbetsgrupp, YEAR);
    expect(versions.map((v) => v.id)).toEqual([restored.versionId, second.versionId, first.versionId]);
    expect(versions[0]!.savedByName).toBe("Sam Samordnare");
    expect((await getAnnualReport(db.prisma, arbetsgrupp, YEAR)).sections).toEqual(old);

    // A version of another year, or one that does not exist, is not found; a stale restore is refused.
    await expect(
      restoreAnnualReportVersion(db.prisma, arbetsgrupp, {
        year: YEAR - 1,
        versionId: first.versionId,
        baseVersionId: null,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      restoreAnnualReportVersion(db.prisma, arbetsgrupp, {
        year: YEAR,
        versionId: second.versionId,
        baseVersionId: second.versionId,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a personnummer the server finds, and points out other details that may identify someone", async () => {
    await expect(
      saveAnnualReport(db.prisma, arbetsgrupp, {
        year: YEAR,
        baseVersionId: null,
        sections: sections({ categoryTexts: { rutiner: "Gäller 19811218-9876." } }),
      }),
    ).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("ur texten om rutiner") });
    expect(await db.prisma.annualReportVersion.count()).toBe(0);

    const saved = await saveAnnualReport(db.prisma, arbetsgrupp, {
      year: YEAR,
      baseVersionId: null,
      // Category, area and organisation names are not taken for people's names.
      sections: sections({
        summary: "Kalle Jonsson skrevs ut från Vuxenpsykiatri Helsingborg utan SIP.",
        analysis: "Ring 070-174 06 51.",
      }),
    });
    expect(saved.flagged).toEqual([
      { section: "Sammanfattning", kinds: ["namn"], matches: ["Kalle Jonsson"] },
      { section: "Sammanfattning och analys", kinds: ["telefon"], matches: ["070-174 06 51"] },
    ]);
  });

  it("audits each save and restore with the year only, never the text", async () => {
    const text = "En text som inte hör hemma i loggen.";
    const first = await saveAnnualReport(db.prisma, arbetsgrupp, {
      year: YEAR,
      baseVersionId: null,
      sections: sections({ summary: text }),
    });
    const second = await saveAnnualReport(db.prisma, arbetsgrupp, {
      year: YEAR,
      baseVersionId: first.versionId,
      sections: sections(),
    });
    await restoreAnnualReportVersion(db.prisma, arbetsgrupp, {
      year: YEAR,
      versionId: first.versionId,
      baseVersionId: second.versionId,
    });
    const rows = await db.prisma.auditLog.findMany({ where: { action: "ANNUAL_REPORT_SAVED" } });
    expect(rows.map((row) => [row.actorId, row.reportId, row.data])).toEqual([
      [arbetsgrupp.id, null, { year: YEAR }],
      [arbetsgrupp.id, null, { year: YEAR }],
      [arbetsgrupp.id, null, { year: YEAR }],
    ]);
    const everything = JSON.stringify(await db.prisma.auditLog.findMany());
    expect(everything).not.toContain(text);
  });

  it("refuses an administrator and an anonymous caller everything, and audits each refusal", async () => {
    const input = { year: YEAR, baseVersionId: null, sections: sections({ summary: "Text." }) };
    const calls = (user: Actor | null) => [
      () => saveAnnualReport(db.prisma, user as Actor, input),
      () =>
        restoreAnnualReportVersion(db.prisma, user as Actor, {
          year: YEAR,
          versionId: "x",
          baseVersionId: null,
        }),
      () => getAnnualReport(db.prisma, user as Actor, YEAR),
      () => listAnnualReportVersions(db.prisma, user as Actor, YEAR),
      () => loadAnnualReportData(db.prisma, user as Actor, YEAR),
      () => exportAnnualReportDocx(db.prisma, user, YEAR),
      () => loadAnnualReportForPrint(db.prisma, user, YEAR),
    ];
    for (const user of [admin, null]) {
      for (const call of calls(user)) await expect(call()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    // The administrator's seven refusals are logged one each; the anonymous caller's are counted (decision 014).
    const refusals = await db.prisma.auditLog.findMany({ where: { action: "ACCESS_REFUSED" } });
    expect(refusals).toHaveLength(7);
    expect(await db.prisma.refusalCount.aggregate({ _sum: { count: true } })).toEqual({ _sum: { count: 7 } });
    expect(
      refusals.every((row) => (row.data as { permission: string }).permission === "anonymised:read"),
    ).toBe(true);
    expect(await db.prisma.annualReportVersion.count()).toBe(0);
    expect(
      await db.prisma.auditLog.count({
        where: { action: { in: ["ANNUAL_REPORT_SAVED", "ANONYMISED_EXPORTED"] } },
      }),
    ).toBe(0);
  });

  it("parses what the editor sends into what is stored", () => {
    const parsed = ZSaveAnnualReport.parse({
      year: YEAR,
      baseVersionId: "",
      summary: "S",
      categoryTexts: [{ category: "SIP", text: "Om SIP." }],
      otherDeficiencies: "",
      focusTitle: "  Utskrivning  ",
      focus: "",
      analysis: "",
      openQuestions: "Fråga ett?\nFråga två?",
      recommendations: "",
    });
    expect(parsed).toEqual({
      year: YEAR,
      baseVersionId: null,
      sections: sections({
        summary: "S",
        categoryTexts: { SIP: "Om SIP." },
        focusTitle: "Utskrivning",
        openQuestions: ["Fråga ett?", "Fråga två?"],
      }),
    });
  });
});

/** LibreOffice's command, or null when it is not installed. */
function libreOffice(): string | null {
  for (const command of ["libreoffice", "soffice"]) {
    try {
      execFileSync(command, ["--version"], { stdio: "ignore", timeout: 30_000 });
      return command;
    } catch {
      // Try the next name.
    }
  }
  return null;
}

describe("the annual report of a seeded year as a Word document", () => {
  /** The document the first test builds; the second converts it (the database is emptied between tests). */
  let seededDocx: Buffer | undefined;

  it(
    "holds the year's figures as the statistics publish them, the group's text, the examples and every brist",
    { timeout: 300_000 },
    async () => {
      const reviewer = arbetsgrupp;
      const approver = await staff("SAMORDNARE", "samordnare2@example.se");
      await seedDemoYear(db.prisma, DEMO_2025, {
        now: new Date("2026-03-01T10:00:00Z"),
        people: { redactor: samordnare, approver, reviewer },
      });
      await saveAnnualReport(db.prisma, arbetsgrupp, {
        year: 2025,
        baseVersionId: null,
        sections: DEMO_ANNUAL_REPORT_2025,
      });

      const data = await loadAnnualReportData(db.prisma, arbetsgrupp, 2025);
      expect(data.appendix.length).toBeGreaterThanOrEqual(25);
      expect(data.statistics.topCategories.rows.map((r) => r.label)).toEqual([
        "kommunikation",
        "rutiner",
        "SIP",
      ]);
      expect(data.examples.length).toBeGreaterThan(0);

      const { docx, fileName } = await exportAnnualReportDocx(db.prisma, arbetsgrupp, 2025);
      expect(fileName).toBe("Brister i samverkan 2025.docx");
      const parts = readDocx(docx);
      const paras = paragraphs(parts.document);
      const text = paras.map((p) => p.text);

      // Headings in Word's heading styles, the three most common causes among them.
      const heading1 = paras.filter((p) => p.style === "Heading1").map((p) => p.text);
      expect(heading1).toEqual(
        expect.arrayContaining(["Sammanfattning", "De vanligaste bristerna", "Öppna frågor för dialog"]),
      );
      expect(paras.filter((p) => p.style === "Heading2").map((p) => p.text)).toEqual(
        expect.arrayContaining(["Kommunikation", "Rutiner", "SIP"]),
      );
      // The number of brister, and each category's count and share, as the statistics publish them.
      expect(text).toContain(
        `Under 2025 inkom ${data.statistics.total.display} brister i samverkan som arbetsgruppen har gått igenom.`,
      );
      expect(data.statistics.total.display).toBe(String(data.appendix.length));
      const categoryRows = data.statistics.categories.rows;
      expect(tableCells(paras, "Brister per bakomliggande orsak 2025", 3, categoryRows.length)).toEqual([
        ["Bakomliggande orsak", "Antal", "Andel av bristerna"],
        ...categoryRows.map((row) => [row.label, row.count.display, row.share.display]),
      ]);
      // The group's text and the chosen examples' redacted texts.
      const { value: raw } = await mammoth.extractRawText({ buffer: docx });
      expect(raw).toContain(DEMO_ANNUAL_REPORT_2025.focusTitle);
      for (const example of data.examples) expect(raw).toContain(`Exempel ${example.reference}`);
      // Every brist of the appendix, with its month and categories.
      for (const row of data.appendix) {
        const at = text.indexOf(row.reference);
        expect(at, row.reference).toBeGreaterThan(-1);
        expect(text.slice(at + 1, at + 3)).toEqual([row.month ?? "Okänd", row.categories.join(", ") || "–"]);
      }

      // Audited as an export, with the year, the format and the number of brister; no text.
      const exports = await db.prisma.auditLog.findMany({ where: { action: "ANONYMISED_EXPORTED" } });
      expect(exports.map((row) => [row.actorId, row.data])).toEqual([
        [arbetsgrupp.id, { year: 2025, format: "docx", cases: data.appendix.length }],
      ]);

      seededDocx = docx;
    },
  );

  it(
    "opens in LibreOffice, which lays it out on a sensible number of A4 pages",
    { timeout: 180_000 },
    (context) => {
      expect(seededDocx, "the Word document of the test before").toBeDefined();
      const office = libreOffice();
      if (!office) {
        if (process.env.CI) throw new Error("LibreOffice saknas: CI installerar libreoffice-writer-nogui.");
        const note =
          "LibreOffice is not installed, so the conversion of the annual report to PDF is not checked. " +
          "Install it (Debian: apt-get install --no-install-recommends libreoffice-writer-nogui) to run this test.";
        console.warn(note);
        context.skip(note);
      }
      const dir = mkdtempSync(path.join(tmpdir(), "arsrapport-"));
      try {
        writeFileSync(path.join(dir, "rapport.docx"), seededDocx!);
        execFileSync(
          office!,
          [
            // A profile of its own, so a LibreOffice already running elsewhere is not disturbed.
            `-env:UserInstallation=file://${dir}/profil`,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            dir,
            path.join(dir, "rapport.docx"),
          ],
          { stdio: "ignore", timeout: 150_000 },
        );
        const pdf = readFileSync(path.join(dir, "rapport.pdf")).toString("latin1");
        expect(pdf.startsWith("%PDF-")).toBe(true);
        const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
        expect(pages).toBeGreaterThanOrEqual(8);
        expect(pages).toBeLessThanOrEqual(40);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

/** The cells of the table under `caption`, row by row, its header row first (each cell is one paragraph). */
function tableCells(
  paras: ReturnType<typeof paragraphs>,
  caption: string,
  columns: number,
  rows: number,
): string[][] {
  const start = paras.findIndex((p) => p.style === "Caption" && p.text === caption);
  expect(start, caption).toBeGreaterThan(-1);
  const cells = paras.slice(start + 1, start + 1 + columns * (rows + 1)).map((p) => p.text);
  return Array.from({ length: rows + 1 }, (_, r) => cells.slice(r * columns, (r + 1) * columns));
}
