"use server";

import { staffWith } from "@/lib/actions/staff-access";
import { defineAction } from "@/lib/actions/run-action";
import { restoreAnnualReportVersion } from "@/lib/annual-report/restore-annual-report-version";
import { saveAnnualReport } from "@/lib/annual-report/save-annual-report";
import { ZRestoreAnnualReportVersion, ZSaveAnnualReport } from "@/lib/annual-report/schemas";

const reportPaths = (year: number) => [
  `/arbetsgrupp/arsrapport/${year}`,
  `/arbetsgrupp/arsrapport/${year}/utskrift`,
];

export const saveAnnualReportAction = defineAction({
  name: "arbetsgrupp/arsrapport/spara",
  access: staffWith("anonymised:read"),
  schema: ZSaveAnnualReport,
  run: ({ db, actor }, input) => saveAnnualReport(db, actor, input),
  revalidate: (input) => reportPaths(input.year),
  message: "Årsrapporten är sparad.",
  data: (result) => ({ versionId: result.versionId, flagged: result.flagged }),
});

export const restoreAnnualReportVersionAction = defineAction({
  name: "arbetsgrupp/arsrapport/aterstall",
  access: staffWith("anonymised:read"),
  schema: ZRestoreAnnualReportVersion,
  run: ({ db, actor }, input) => restoreAnnualReportVersion(db, actor, input),
  revalidate: (input) => reportPaths(input.year),
  message: "Versionen är återställd och sparad som den senaste.",
  data: (result) => ({ versionId: result.versionId, flagged: result.flagged }),
});
