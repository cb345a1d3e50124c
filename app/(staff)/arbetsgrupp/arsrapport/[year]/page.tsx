import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnualReportForm } from "@/components/annual-report/annual-report-form";
import { reportPanels } from "@/components/annual-report/report-panels";
import { RestoreVersionForm } from "@/components/annual-report/restore-version-form";
import { VersionHistory, versionNumber } from "@/components/annual-report/version-history";
import { VersionView } from "@/components/annual-report/version-view";
import { getAnnualReport, getAnnualReportVersion } from "@/lib/annual-report/get-annual-report";
import { listAnnualReportVersions } from "@/lib/annual-report/list-annual-report-versions";
import { loadAnnualReportData } from "@/lib/annual-report/load-annual-report-data";
import { capitalise, reportTitle } from "@/lib/annual-report/report-outline";
import { parseReportYear } from "@/lib/annual-report/schemas";
import { countAnonymisedByYear } from "@/lib/anonymised-cases/count-anonymised-by-year";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { formatDateTime } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { restoreAnnualReportVersionAction, saveAnnualReportAction } from "./actions";

type Props = {
  params: Promise<{ year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = parseReportYear((await params).year);
  return { title: year ? `Årsrapport ${year}` : "Årsrapport" };
}

/** The arbetsgrupp's editor of the year's report, its saved versions, and an older version to read or restore. */
export default async function AnnualReportPage({ params, searchParams }: Props) {
  const { year: raw } = await params;
  const user = await requirePagePermission("anonymised:read", { from: `/arbetsgrupp/arsrapport/${raw}` });
  const year = parseReportYear(raw);
  if (!year) notFound();
  const query = await searchParams;
  const versionId = typeof query.version === "string" ? query.version : null;
  const db = await getDb();

  if (versionId) {
    const [version, current, versions] = await Promise.all([
      getAnnualReportVersion(db, user, year, versionId).catch((error: unknown) => {
        if (isAppError(error) && error.code === "NOT_FOUND") notFound();
        throw error;
      }),
      getAnnualReport(db, user, year),
      listAnnualReportVersions(db, user, year),
    ]);
    const savedAt = formatDateTime(version.savedAt);
    const number = versionNumber(versions, version.id);
    return (
      <>
        <p className="mb-4">
          <Link href={`/arbetsgrupp/arsrapport/${year}`} className="text-brand-900 underline">
            Tillbaka till årsrapporten {year}
          </Link>
        </p>
        <h1 className="mb-2 text-3xl font-bold">
          Version {number} av årsrapporten {year}
        </h1>
        <p className="mb-6 max-w-prose">
          Sparad av {version.savedByName}, {savedAt}. Du läser en äldre version; den nuvarande texten ändras
          inte förrän du återställer den här.
        </p>
        <VersionView sections={version.sections} />
        <RestoreVersionForm
          year={year}
          versionId={version.id}
          baseVersionId={current.latestVersion?.id ?? null}
          label={`version ${number} (${savedAt})`}
          action={restoreAnnualReportVersionAction}
        />
        <VersionHistory year={year} versions={versions} shownVersionId={version.id} />
      </>
    );
  }

  const [data, report, versions, perYear] = await Promise.all([
    loadAnnualReportData(db, user, year),
    getAnnualReport(db, user, year),
    listAnnualReportVersions(db, user, year),
    countAnonymisedByYear(db, user),
  ]);
  const otherYears = [...new Set([...perYear.map((row) => row.year), year])]
    .filter((y) => y !== year)
    .sort((a, b) => b - a);
  const topCategories = data.statistics.topCategories.rows.map((row) => ({
    name: row.label,
    heading: capitalise(row.label),
  }));
  return (
    <>
      <p className="mb-4">
        <Link href={`/arbetsgrupp?ar=${year}`} className="text-brand-900 underline">
          Tillbaka till arbetsgruppen
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">Årsrapport {year}</h1>
      <p className="mb-4 max-w-prose">
        Här skriver arbetsgruppen texterna till rapporten ”{reportTitle(year)}” till {data.samradName}. Antal
        brister, diagram, tabeller och de brister ni valt som exempel fylls i automatiskt från de
        avidentifierade bristerna.
      </p>
      {query.aterstalld ? (
        <p role="status" className="mb-4 rounded border-2 border-green-800 bg-green-50 p-3 font-medium">
          Den äldre versionen är återställd och sparad som den nuvarande.
        </p>
      ) : null}
      <p className="mb-4">
        {report.latestVersion
          ? `Senast sparad av ${report.latestVersion.savedByName}, ${formatDateTime(report.latestVersion.savedAt)}.`
          : "Rapporten för året är inte sparad ännu. Frågorna för dialog är förifyllda med frågorna från 2025."}
      </p>
      <section
        aria-labelledby="hamta-rubrik"
        className="mb-8 rounded border-2 border-brand-700 bg-brand-50 p-4"
      >
        <h2 id="hamta-rubrik" className="mb-2 text-lg font-semibold">
          Hämta rapporten
        </h2>
        <p className="mb-2 text-sm">Det som är sparat kommer med. Spara först om du har ändrat något.</p>
        <ul className="space-y-1">
          <li>
            <a
              href={`/arbetsgrupp/arsrapport/${year}/docx`}
              download={`Brister i samverkan ${year}.docx`}
              className="font-semibold text-brand-900 underline"
            >
              Ladda ner som Word-dokument (.docx)
            </a>
          </li>
          <li>
            {/* Not prefetched: each view of the print version is audited as an export. */}
            <Link
              prefetch={false}
              href={`/arbetsgrupp/arsrapport/${year}/utskrift`}
              className="font-semibold text-brand-900 underline"
            >
              Utskriftsversion (skriv ut eller spara som PDF)
            </Link>
          </li>
        </ul>
      </section>
      <AnnualReportForm
        year={year}
        baseVersionId={report.latestVersion?.id ?? null}
        sections={report.sections}
        topCategories={topCategories}
        panels={reportPanels(data)}
        action={saveAnnualReportAction}
      />
      <VersionHistory year={year} versions={versions} />
      {otherYears.length > 0 ? (
        <nav aria-label="Andra års rapporter" className="mb-6">
          <h2 className="mb-2 text-lg font-semibold">Andra år</h2>
          <ul className="flex flex-wrap gap-4">
            {otherYears.map((other) => (
              <li key={other}>
                <Link href={`/arbetsgrupp/arsrapport/${other}`} className="text-brand-900 underline">
                  Årsrapport {other}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
