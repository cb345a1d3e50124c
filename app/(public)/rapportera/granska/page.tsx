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
import { getSubmittedReference } from "@/lib/reports/submitted-reference";
import { canOpenStep, nextPath } from "@/lib/reports/wizard-steps";
import { getInstanceSettingsCached } from "@/lib/settings/instance-settings";
import { getCurrentDraft, readSentReference } from "@/lib/reports/draft-session";
import { submitReportAction, submitReportFormAction } from "../actions";

export const metadata: Metadata = { title: "Granska och skicka" };

export default async function ReviewPage() {
  const current = await getCurrentDraft({ allowSubmitted: true });
  const db = await getDb();
  if (!current || current.draft.submittedAt) {
    // After the submit the receipt cookie names the report (or, when the submit's answer was lost, the submitted
    // draft still does, for as long as it opens): the receipt again, without the code.
    const reference = current ? await getSubmittedReference(db, current.draft) : await readSentReference();
    if (!current && !reference) redirect("/rapportera?utkast=saknas");
    const settings = await getInstanceSettingsCached(db);
    return (
      <SubmitPanel
        sent={{ reference }}
        coordinators={settings.coordinatorRoles.join(" och ")}
        action={submitReportAction}
        formAction={submitReportFormAction}
      />
    );
  }
  const data = draftData(current.draft);
  if (!canOpenStep(data, "delTva") || !data.completed.includes("delTva")) redirect(nextPath(data));
  const [names, comments, settings] = await Promise.all([
    referenceNames(db),
    listPartnerComments(db, current.draft.id),
    getInstanceSettingsCached(db),
  ]);
  const isValid = parseSubmission(current.draft).success;
  const partnerComment = (Heading: "h2" | "h3") =>
    comments[0] ? (
      <section className="mb-6">
        <Heading className="text-xl font-semibold">Samverkanspartens kommentar</Heading>
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
      {partnerComment("h2")}
    </>
  );
  // The receipt's copy is what was sent in: nothing there can be changed any more.
  const receiptSummary = (
    <>
      <ReportSummary data={data} names={names} parts={[1, 2]} showChangeLinks={false} headingLevel={3} />
      {partnerComment("h3")}
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
      review={{ intro, summary, receiptSummary, canSubmit: isValid }}
      coordinators={settings.coordinatorRoles.join(" och ")}
      action={submitReportAction}
      formAction={submitReportFormAction}
    />
  );
}
