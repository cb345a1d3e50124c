import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { getDb } from "@/lib/db";
import { getInstanceSettingsCached } from "@/lib/settings/instance-settings";
import { startDraftAction } from "./actions";
import { getCurrentDraft, readSentReference } from "@/lib/reports/draft-session";
import { REFUSALS } from "@/lib/security/anonymous-caps";
import { draftData } from "@/lib/reports/drafts";
import { nextPath } from "@/lib/reports/wizard-steps";

export const metadata: Metadata = { title: "Rapportera en brist i samverkan" };

export default async function ReportStartPage({
  searchParams,
}: {
  searchParams: Promise<{ utkast?: string; felkod?: string }>;
}) {
  const settings = await getInstanceSettingsCached(await getDb());
  const current = await getCurrentDraft();
  const { utkast, felkod } = await searchParams;
  const isMissingDraft = utkast === "saknas";
  // A page of the wizard left open in another tab after the submit lands here: say the report is sent.
  const sentReference = isMissingDraft && !current ? await readSentReference() : null;
  const hasStartFailed = utkast === "fel";
  const isCapped = utkast === "tak";
  // Only a reference the log could have written is shown back; nothing else from the address is.
  const errorRef = felkod && /^[0-9a-f]{8}$/.test(felkod) ? felkod : null;
  const hasOpenDraft = !!current && !current.draft.submittedAt;
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Rapportera en brist i samverkan</h1>
      {sentReference ? (
        <p role="status" className="mb-4 rounded border-2 border-green-800 bg-green-50 p-3">
          Rapporten är redan skickad, med referensnummer{" "}
          <span className="font-mono" data-testid="reference">
            {sentReference}
          </span>
          , och kan inte ändras längre. Du följer den med din uppföljningskod, eller startar en ny rapport
          nedan.
        </p>
      ) : isMissingDraft ? (
        <p role="alert" className="mb-4 rounded border-2 border-red-700 p-3">
          Vi hittar inget pågående utkast i den här webbläsaren. Har du redan skickat in rapporten är den
          mottagen, och du följer den med din uppföljningskod. Annars kan du börja en ny rapport eller
          fortsätta med din kod.
        </p>
      ) : null}
      {isCapped ? (
        <p role="alert" className="mb-4 rounded border-2 border-red-700 p-3">
          {REFUSALS.draft}
        </p>
      ) : null}
      {hasStartFailed ? (
        <p role="alert" className="mb-4 rounded border-2 border-red-700 p-3">
          Något gick fel hos oss och ingen ny rapport startades. Försök igen om en stund
          {errorRef ? ` (felkod ${errorRef})` : ""}.
        </p>
      ) : null}
      <p className="mb-4">
        När samverkan mellan kommun och region kring en enskild inte har fungerat rapporterar du det här.
        Rapporten tas emot av {settings.coordinatorRoles.join(" och ")} i {settings.hostOrganisation}, som för
        den vidare till {settings.samradName}. Syftet är att lära och förbättra, inte att peka ut någon.
      </p>
      <h2 className="mb-2 mt-6 text-xl font-semibold">Så går det till</h2>
      <ol className="mb-6 list-decimal space-y-2 pl-6">
        {settings.routineSteps.map((step) => (
          <li key={step.title}>
            <strong>{step.title}.</strong> {step.text}
          </li>
        ))}
      </ol>
      <div className="mb-6 rounded border-l-8 border-amber-600 bg-amber-50 p-4">
        <h2 className="font-semibold">Skriv aldrig uppgifter som kan identifiera den enskilde</h2>
        <p>
          Inga namn, personnummer, adresser, telefonnummer eller andra detaljer som kan peka ut personen.
          Beskriv vad som hände i samverkan, inte vem det gällde.
        </p>
      </div>
      <p className="mb-6">
        Du kan stanna efter del ett, skriva ut den och skicka den till samverkansparten, och komma tillbaka
        senare för att fylla i del två. Det tar ungefär 15 minuter att fylla i del ett.
      </p>
      {hasOpenDraft ? (
        <div className="space-y-4">
          <div className="flex flex-wrap items-center gap-4">
            <Link
              href={nextPath(draftData(current.draft))}
              className="rounded border-2 border-brand-700 bg-brand-700 px-5 py-2 font-semibold text-white"
            >
              Fortsätt på ditt utkast
            </Link>
            <Link href="/rapportera/fortsatt" className="text-brand-900 underline">
              Fortsätt med en annan kod
            </Link>
          </div>
          {/* Starting anew replaces the draft in this browser, so it takes a second, deliberate step. */}
          <details className="rounded border border-slate-400 p-4">
            <summary className="cursor-pointer font-semibold text-brand-900 underline">
              Starta en ny rapport
            </summary>
            <p className="mb-3 mt-3">
              Ditt pågående utkast finns kvar och kan öppnas med din kod. Vill du starta en ny rapport?{" "}
              <Link href="/rapportera/spara" className="text-brand-900 underline">
                Se koden till ditt utkast
              </Link>{" "}
              innan du börjar, om du inte redan har sparat den.
            </p>
            <form action={startDraftAction}>
              <Button type="submit" variant="secondary">
                Ja, starta en ny rapport
              </Button>
            </form>
          </details>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-4">
          <form action={startDraftAction}>
            <Button type="submit">Starta en ny rapport</Button>
          </form>
          <Link href="/rapportera/fortsatt" className="text-brand-900 underline">
            Fortsätt med en kod
          </Link>
        </div>
      )}
    </>
  );
}
