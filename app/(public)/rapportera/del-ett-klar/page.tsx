import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { PartnerLinkForm } from "@/components/wizard/partner-link-form";
import { ResumeCodePanel } from "@/components/wizard/resume-code-panel";
import { WizardProgress } from "@/components/wizard/wizard-progress";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/dates";
import { draftData } from "@/lib/reports/drafts";
import { listPartnerComments } from "@/lib/reports/partner-links";
import { isDelEttComplete, nextPath } from "@/lib/reports/wizard-steps";
import { getRetentionSettings } from "@/lib/settings/retention-settings";
import { getCurrentDraft } from "@/lib/reports/draft-session";
import { createPartnerLinkAction } from "../actions";

export const metadata: Metadata = { title: "Del ett är klar" };

export default async function DelEttDonePage() {
  const current = await getCurrentDraft();
  if (!current) redirect("/rapportera?utkast=saknas");
  const data = draftData(current.draft);
  if (!isDelEttComplete(data)) redirect(nextPath(data));
  const db = await getDb();
  const [comments, { partnerLinkDays }] = await Promise.all([
    listPartnerComments(db, current.draft.id),
    getRetentionSettings(db),
  ]);
  return (
    <>
      <WizardProgress current="delEttKlar" completed={data.completed} />
      <PageHeading className="mb-4 text-3xl font-bold">Del ett är klar och sparad</PageHeading>
      <p className="mb-6">
        Nästa steg i rutinen är att ta kontakt med samverkansparten, skicka en kopia av del ett och
        tillsammans komma fram till vilka åtgärder som behövs. Sedan fyller du i del två.
      </p>
      <ResumeCodePanel
        resumeCode={current.resumeCode}
        expiresAt={current.draft.expiresAt}
        appUrl={env.APP_URL}
      />

      <section aria-labelledby="kopia-rubrik" className="mb-8">
        <h2 id="kopia-rubrik" className="mb-2 text-xl font-semibold">
          Skicka en kopia av del ett till samverkansparten
        </h2>
        <p className="mb-3">Skriv ut del ett eller spara den som PDF och skicka den till samverkansparten.</p>
        <Link href="/rapportera/utskrift" className="text-brand-900 underline">
          Öppna utskriftsvänlig kopia av del ett
        </Link>
      </section>

      <section aria-labelledby="partnerlank-rubrik" className="mb-8">
        <h2 id="partnerlank-rubrik" className="mb-2 text-xl font-semibold">
          Eller skicka en länk till samverkansparten
        </h2>
        <p className="mb-3">
          Samverkansparten får en länk som kan öppnas en gång och gäller i {partnerLinkDays} dagar. Där kan
          hen läsa del ett och lämna en kommentar inför er dialog. Dina kontaktuppgifter syns för
          samverkansparten.
        </p>
        <PartnerLinkForm action={createPartnerLinkAction} />
        {comments.length > 0 ? (
          <div className="mt-6">
            <h3 className="text-lg font-semibold">Kommentarer från samverkansparten</h3>
            <ul className="mt-2 space-y-3">
              {comments.map((c) => (
                <li key={c.id} className="rounded border border-slate-400 p-3">
                  <p className="text-sm text-slate-700">
                    {c.commenterOrganisation}, {c.commenterRole},{" "}
                    {c.commentedAt ? formatDate(c.commentedAt) : ""}
                  </p>
                  <p className="whitespace-pre-wrap">{c.comment}</p>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <Link
        href="/rapportera/del-tva"
        className="inline-block rounded border-2 border-brand-700 bg-brand-700 px-5 py-2 font-semibold text-white"
      >
        Fyll i del två nu
      </Link>
    </>
  );
}
