import Link from "next/link";
import type { AnnualReportVersionItem } from "@/lib/annual-report/list-annual-report-versions";
import { formatDateTime } from "@/lib/dates";

/** A version's number, counted from the year's first save: the newest of three is version 3. */
export function versionNumber(versions: readonly AnnualReportVersionItem[], id: string): number | null {
  const index = versions.findIndex((version) => version.id === id);
  return index < 0 ? null : versions.length - index;
}

/** Every saved version of the year's report, newest first, each with who saved it and when. */
export function VersionHistory({
  year,
  versions,
  shownVersionId,
}: {
  year: number;
  versions: readonly AnnualReportVersionItem[];
  /** The version on screen, if an older one is being read. */
  shownVersionId?: string;
}) {
  return (
    <section aria-labelledby="historik-rubrik" className="mb-10 border-t-2 border-slate-300 pt-6">
      <h2 id="historik-rubrik" className="mb-3 text-2xl font-bold">
        Sparade versioner
      </h2>
      {versions.length === 0 ? (
        <p>Ingen har sparat årsrapporten för {year} ännu.</p>
      ) : (
        <ol className="space-y-2">
          {versions.map((version, index) => {
            const number = versions.length - index;
            return (
              <li key={version.id} className="flex flex-wrap items-baseline gap-x-3">
                <span>
                  <strong>Version {number}:</strong> sparad av {version.savedByName},{" "}
                  {formatDateTime(version.savedAt)}
                  {index === 0 ? " (nuvarande)" : null}
                </span>
                {index > 0 && version.id !== shownVersionId ? (
                  <Link
                    href={`/arbetsgrupp/arsrapport/${year}?version=${encodeURIComponent(version.id)}`}
                    className="text-brand-900 underline"
                  >
                    Visa version {number}
                  </Link>
                ) : null}
                {version.id === shownVersionId ? <span>(visas nu)</span> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
