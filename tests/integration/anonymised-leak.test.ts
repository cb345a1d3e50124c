import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { beforeEach, describe, expect, it } from "vitest";
import { exportAnnualReportDocx, loadAnnualReportForPrint } from "@/lib/annual-report/export-annual-report";
import { reportOutline } from "@/lib/annual-report/report-outline";
import { countAnonymisedByYear } from "@/lib/anonymised-cases/count-anonymised-by-year";
import { exportStatistics, STATISTICS_EXPORT_FORMATS } from "@/lib/anonymised-cases/export-statistics";
import { getAnonymisedCase } from "@/lib/anonymised-cases/get-anonymised-case";
import { listAnonymisedCases, listReviewCases } from "@/lib/anonymised-cases/list-anonymised-cases";
import type { Actor } from "@/lib/auth/assert-permission";
import { ensureReferenceData } from "@/lib/reference-data/ensure-reference-data";
import { getCaseReview } from "@/lib/reviews/get-case-review";
import { saveCaseReview } from "@/lib/reviews/save-case-review";
import { createUser } from "@/lib/users/create-user";
import {
  createPlantedAnonymisedCase,
  PLANTED_IDENTITIES,
  PLANTED_STRINGS,
} from "../factories/anonymised-case-factory";
import { readDocx } from "../setup/read-docx";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();

async function staff(role: Actor["role"], email: string): Promise<Actor> {
  const user = await createUser(
    db.prisma,
    { name: email, email, role, password: "ett-langt-losenord-1" },
    null,
  );
  return { id: user.id, role: user.role };
}

beforeEach(async () => {
  await ensureReferenceData(db.prisma, { now: new Date() });
});

describe("the arbetsgrupp's reads never hold what was planted in the original", () => {
  it("leaks no identifier from any free text, contact field or reply of several reports", async () => {
    const redactor = await staff("SAMORDNARE", "samordnare@example.se");
    const approver = await staff("SAMORDNARE", "kollega@example.se");
    const arbetsgrupp = await staff("ARBETSGRUPP", "arbetsgrupp@example.se");
    const cases = [];
    for (const [index, identity] of [...PLANTED_IDENTITIES, PLANTED_IDENTITIES[0]].entries()) {
      cases.push(await createPlantedAnonymisedCase(db.prisma, { redactor, approver, identity, index }));
    }
    // The planting reached the original: otherwise the test below proves nothing.
    const original = await db.prisma.report.findUniqueOrThrow({
      where: { id: cases[0]!.reportId },
      include: { measures: true, messages: true },
    });
    for (const planted of Object.values(PLANTED_IDENTITIES[0]))
      expect(JSON.stringify(original)).toContain(planted);

    const years = [
      ...new Set((await db.prisma.report.findMany({ select: { year: true } })).map((r) => r.year)),
    ];
    const results: unknown[] = [
      await countAnonymisedByYear(db.prisma, arbetsgrupp),
      await listAnonymisedCases(db.prisma, arbetsgrupp),
      ...(await Promise.all(years.map((year) => listAnonymisedCases(db.prisma, arbetsgrupp, { year })))),
    ];
    // The review: the year's list with its categories and flags, and each brist's analysis (saved for the first).
    const firstCategories = await db.prisma.reportCategory.findMany({
      where: { reportId: cases[0]!.reportId },
    });
    await saveCaseReview(db.prisma, arbetsgrupp, {
      reportId: cases[0]!.reportId,
      version: "",
      categoryIds: firstCategories.map((c) => c.categoryId),
      comment: "Kallelsen fastnade mellan verksamheterna.",
      identifierConfirmations: [],
      isReportExample: true,
      isFocusCase: false,
    });
    for (const year of years) results.push(await listReviewCases(db.prisma, arbetsgrupp, { year }));
    for (const { reportId } of cases) results.push(await getCaseReview(db.prisma, arbetsgrupp, reportId));
    // The statistics exports, the workbook read back cell by cell (its file is compressed).
    for (const year of years) results.push(...(await exportedTexts(arbetsgrupp, year)));
    // The annual report: the Word document read back part by part (its file is compressed), and its print view.
    const reports = await Promise.all(years.map((year) => annualReportTexts(arbetsgrupp, year)));
    expect(reports.some((report) => report.hasExample)).toBe(true);
    for (const report of reports) results.push(...report.texts);
    for (const { reportId } of cases) results.push(await getAnonymisedCase(db.prisma, arbetsgrupp, reportId));

    expect((results[1] as unknown[]).length).toBe(cases.length);
    for (const result of results) {
      const json = JSON.stringify(result);
      for (const planted of PLANTED_STRINGS)
        expect(json, `${planted} in ${json.slice(0, 200)}`).not.toContain(planted);
    }
    // The redacted texts are there, placeholders in place of what was removed.
    const read = JSON.stringify(results.at(-1));
    for (const placeholder of [
      "[namn]",
      "[personnummer]",
      "[telefon]",
      "[e-post]",
      "[adress]",
      "[ort]",
      "[datum]",
    ]) {
      expect(read).toContain(placeholder);
    }
    expect(read).toContain("Rapportörens svar 1");
  });
});

/** Every statistics export of the year as text: the CSV files as they are, the workbook's cells as read back. */
async function exportedTexts(user: Actor, year: number): Promise<string[]> {
  const texts: string[] = [];
  for (const format of STATISTICS_EXPORT_FORMATS) {
    const { content } = await exportStatistics(db.prisma, user, { year, format });
    if (format !== "xlsx") {
      texts.push(new TextDecoder().decode(content));
      continue;
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(content) as unknown as ArrayBuffer);
    const cells: string[] = [workbook.creator ?? "", workbook.title ?? ""];
    for (const sheet of workbook.worksheets) {
      cells.push(sheet.name);
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text))));
    }
    expect(cells.some((text) => text.startsWith("BIS-"))).toBe(true);
    texts.push(cells.join("\n"));
  }
  return texts;
}

/**
 * The year's annual report as the arbetsgrupp gets it: every part of the .docx package but the chart's picture,
 * its text as a reader sees it, and the print view's content. The brist chosen as an example is in it, redacted.
 */
async function annualReportTexts(
  user: Actor,
  year: number,
): Promise<{ texts: string[]; hasExample: boolean }> {
  const { docx } = await exportAnnualReportDocx(db.prisma, user, year);
  const { files, allText } = readDocx(docx);
  const parts = [...files.entries()].filter(([name]) => !name.startsWith("word/media/"));
  const { value: read } = await mammoth.extractRawText({ buffer: docx });
  const printed = reportOutline(await loadAnnualReportForPrint(db.prisma, user, year));
  const hasExample = printed.blocks.some(
    (block) => block.kind === "heading" && block.text.startsWith("Exempel BIS-"),
  );
  if (hasExample) expect(read).toContain("[personnummer]");
  return {
    texts: [allText, read, JSON.stringify(printed), ...parts.map(([, content]) => content.toString("utf8"))],
    hasExample,
  };
}
