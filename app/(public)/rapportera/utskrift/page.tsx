import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PrintButton } from "@/components/ui/print-button";
import { PrintedDate } from "@/components/ui/printed-date";
import { ReportSummary } from "@/components/wizard/report-summary";
import { getDb } from "@/lib/db";
import { formatDate } from "@/lib/dates";
import { getInstanceSettingsCached } from "@/lib/settings/instance-settings";
import { draftData } from "@/lib/reports/drafts";
import { referenceNames } from "@/lib/reports/reference-options";
import { isDelEttComplete, nextPath } from "@/lib/reports/wizard-steps";
import { getCurrentDraft } from "@/lib/reports/draft-session";

export const metadata: Metadata = { title: "Kopia av del ett" };

export default async function DelEttPrintPage() {
  const current = await getCurrentDraft();
  if (!current) redirect("/rapportera?utkast=saknas");
  const data = draftData(current.draft);
  if (!isDelEttComplete(data)) redirect(nextPath(data));
  const db = await getDb();
  const [names, settings] = await Promise.all([referenceNames(db), getInstanceSettingsCached(db)]);
  return (
    <article>
      <h1 className="mb-1 text-3xl font-bold">Brist i samverkan – kopia av del ett</h1>
      <p className="mb-1 text-sm text-slate-700">
        {settings.samradName}. Till samverkansparten inför dialog. Innehåller inga uppgifter som identifierar
        den enskilde.
      </p>
      <p className="mb-6 text-sm text-slate-700" data-testid="printed-date">
        <PrintedDate initial={formatDate(new Date())} />
      </p>
      <div className="no-print mb-6">
        <PrintButton label="Skriv ut eller spara som PDF" />
      </div>
      <ReportSummary data={data} names={names} parts={[1]} showChangeLinks={false} />
      <section className="print-avoid-break mt-8">
        <h2 className="text-xl font-semibold">Till dialogen: del två</h2>
        <p>
          Åtgärder vi kommer överens om för att lösa bristen i samverkan, vem som ansvarar och när de ska vara
          klara.
        </p>
      </section>
    </article>
  );
}
