import type { Metadata } from "next";
import { PartnerCommentForm } from "@/components/wizard/partner-comment-form";
import { ReportSummary } from "@/components/wizard/report-summary";
import { getDb } from "@/lib/db";
import { draftData } from "@/lib/reports/drafts";
import { referenceNames } from "@/lib/reports/reference-options";
import { getCurrentPartnerLink } from "@/lib/reports/partner-session";
import { addPartnerCommentAction } from "./actions";

export const metadata: Metadata = { title: "Del ett för samverkanspart" };

export default async function PartnerPage() {
  const db = await getDb();
  const link = await getCurrentPartnerLink(db);
  if (!link) {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold">Länken gäller inte längre</h1>
        <p>Länken har redan använts eller gått ut. Be den som skickade den om en ny länk.</p>
      </>
    );
  }
  const data = draftData(link.draft);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Brist i samverkan: del ett</h1>
      <p className="mb-6">
        En medarbetare har rapporterat en brist i samverkan där din verksamhet är samverkanspart. Läs del ett
        inför er dialog. Du kan lämna en kommentar som rapportören ser innan ni tillsammans fyller i del två.
        Sidan kan bara öppnas från den här webbläsaren och slutar gälla när du har skickat din kommentar.
      </p>
      <ReportSummary data={data} names={await referenceNames(db)} parts={[1]} showChangeLinks={false} />
      <PartnerCommentForm action={addPartnerCommentAction} />
    </>
  );
}
