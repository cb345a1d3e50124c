import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { ReportSummary } from "@/components/wizard/report-summary";
import { SubmitPanel } from "@/components/wizard/submit-panel";
import { WizardProgress } from "@/components/wizard/wizard-progress";
import { getDb } from "@/lib/db";
import { formatDate } from "@/lib/dates";
import { draftData } from "@/lib/reports/drafts";
import { listPartnerComments } from "@/lib/reports/partner-links";
import { referenceNames } from "@/lib/reports/reference-options";
import { parseSubmission } from "@/lib/reports/submit-report";
import { canOpenStep, nextPath } from "@/lib/reports/wizard-steps";
import { getInstanceSettingsCached } from "@/lib/settings/instance-settings";
import { getCurrentDraft } from "@/lib/reports/draft-session";
import { submitReportAction } from "../actions";

export const metadata: Metadata = { title: "Granska och skicka" };

export default async function ReviewPage() {
  const current = await getCurrentDraft();
  if (!current) redirect("/rapportera?utkast=saknas");
  const data = draftData(current.draft);
  if (current.draft.submittedAt) redirect("/uppfoljning");
  if (!canOpenStep(data, "delTva") || !data.completed.includes("delTva")) redirect(nextPath(data));
  const db = await getDb();
  const [names, comments, settings] = await Promise.all([
    referenceNames(db),
    listPartnerComments(db, current.draft.id),
    getInstanceSettingsCached(db),
  ]);
  const isValid = parseSubmission(current.draft).success;
  const partnerComment = comments[0] ? (
    <section className="mb-6">
      <h2 className="text-xl font-semibold">Samverkanspartens kommentar</h2>
      <p className="text-sm text-slate-700">
        {comments[0].commenterOrganisation}, {comments[0].commenterRole},{" "}
        {comments[0].commentedAt ? formatDate(comments[0].commentedAt) : ""}
      </p>
      <p className="whitespace-pre-wrap">{comments[0].comment}</p>
    </section>
  ) : null;
  const summary = (
    <>
      <ReportSummary data={data} names={names} parts={[1, 2]} showChangeLinks />
      {partnerComment}
    </>
  );
  // The receipt's copy is what was sent in: nothing there can be changed any more.
  const receiptSummary = (
    <>
      <ReportSummary data={data} names={names} parts={[1, 2]} showChangeLinks={false} />
      {partnerComment}
    </>
  );
  const intro = (
    <>
      <WizardProgress current="granska" completed={data.completed} />
      <PageHeading className="mb-4 text-3xl font-bold">Granska och skicka</PageHeading>
      <p className="mb-6">Kontrollera dina svar. Använd ”Ändra” för att rätta något innan du skickar.</p>
      {!isValid ? (
        <p role="alert" className="mb-6 rounded border-2 border-red-700 p-3">
          Några svar behöver rättas innan du kan skicka. Använd ”Ändra” vid avsnittet och spara steget igen.
        </p>
      ) : null}
    </>
  );
  return (
    <SubmitPanel
      intro={intro}
      summary={summary}
      receiptSummary={receiptSummary}
      canSubmit={isValid}
      coordinators={settings.coordinatorRoles.join(" och ")}
      action={submitReportAction}
    />
  );
}
