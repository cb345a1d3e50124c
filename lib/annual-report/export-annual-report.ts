import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { AnnualReportData } from "@/lib/annual-report/annual-report-data";
import { buildAnnualReportDocx } from "@/lib/annual-report/build-annual-report-docx";
import { loadAnnualReportData } from "@/lib/annual-report/load-annual-report-data";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import type { DownloadFile } from "@/lib/downloads/download-response";

/** The exported report's file name: "Brister i samverkan 2026.docx". */
export function annualReportFileName(year: number): string {
  return `Brister i samverkan ${year}.docx`;
}

async function auditExport(
  db: PrismaClient,
  actor: Actor,
  data: AnnualReportData,
  format: "docx" | "utskrift",
) {
  await db.$transaction((tx) =>
    writeAudit(tx, {
      action: "ANONYMISED_EXPORTED",
      actorId: actor.id,
      actorLabel: actor.id,
      data: { year: data.year, format, cases: data.appendix.length },
    }),
  );
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The Word document as a file to download. */
export function asDownload({ docx, fileName }: { docx: Buffer; fileName: string }): DownloadFile {
  return { content: new Uint8Array(docx), contentType: DOCX, filename: fileName };
}

/** The year's report as a Word document; the export is audited (ANONYMISED_EXPORTED, format "docx"). */
export async function exportAnnualReportDocx(
  db: PrismaClient,
  user: Actor | null,
  year: number,
): Promise<{ docx: Buffer; fileName: string }> {
  const actor = await assertPermission(db, user, "anonymised:read");
  const data = await loadAnnualReportData(db, actor, year);
  const docx = await buildAnnualReportDocx(data);
  await auditExport(db, actor, data, "docx");
  return { docx, fileName: annualReportFileName(year) };
}

/** The year's report for its print view, which is there to be printed or saved as PDF: audited like an export. */
export async function loadAnnualReportForPrint(
  db: PrismaClient,
  user: Actor | null,
  year: number,
): Promise<AnnualReportData> {
  const actor = await assertPermission(db, user, "anonymised:read");
  const data = await loadAnnualReportData(db, actor, year);
  await auditExport(db, actor, data, "utskrift");
  return data;
}
