import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnualReportDocument } from "@/components/annual-report/annual-report-document";
import { PrintButton } from "@/components/ui/print-button";
import { loadAnnualReportForPrint } from "@/lib/annual-report/export-annual-report";
import { reportOutline } from "@/lib/annual-report/report-outline";
import { parseReportYear } from "@/lib/annual-report/schemas";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = parseReportYear((await params).year);
  return { title: year ? `Brister i samverkan ${year} (utskrift)` : "Årsrapport" };
}

/** The year's report laid out for A4, to print or save as PDF from the browser; each view is audited. */
export default async function AnnualReportPrintPage({ params }: Props) {
  const { year: raw } = await params;
  const user = await requirePagePermission("anonymised:read", {
    from: `/arbetsgrupp/arsrapport/${raw}/utskrift`,
  });
  const year = parseReportYear(raw);
  if (!year) notFound();
  const data = await loadAnnualReportForPrint(await getDb(), user, year);
  return (
    <>
      <div className="no-print mb-8 flex flex-wrap items-center gap-4 rounded border-2 border-brand-700 bg-brand-50 p-4">
        <Link href={`/arbetsgrupp/arsrapport/${year}`} className="text-brand-900 underline">
          Tillbaka till årsrapporten {year}
        </Link>
        <PrintButton label="Skriv ut / spara som PDF" />
        <p className="w-full text-sm">
          Välj ”Spara som PDF” som skrivare för att få en PDF-fil. Det som är sparat i rapporten visas här.
        </p>
      </div>
      <AnnualReportDocument outline={reportOutline(data)} />
    </>
  );
}
