import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ResumeCodePanel } from "@/components/wizard/resume-code-panel";
import { env } from "@/lib/env";
import { draftData } from "@/lib/reports/drafts";
import { nextPath } from "@/lib/reports/wizard-steps";
import { getCurrentDraft } from "@/lib/reports/draft-session";

export const metadata: Metadata = { title: "Spara och fortsätt senare" };

export default async function SaveForLaterPage() {
  const current = await getCurrentDraft();
  if (!current) redirect("/rapportera?utkast=saknas");
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Spara och fortsätt senare</h1>
      <p className="mb-6">
        Det du har skrivit är sparat. Du kan stänga webbläsaren och fortsätta när du vill. Text med
        personnummer eller samordningsnummer sparas aldrig.
      </p>
      <ResumeCodePanel
        resumeCode={current.resumeCode}
        expiresAt={current.draft.expiresAt}
        appUrl={env.APP_URL}
      />
      <Link href={nextPath(draftData(current.draft))} className="text-brand-900 underline">
        Fortsätt fylla i rapporten nu
      </Link>
    </>
  );
}
