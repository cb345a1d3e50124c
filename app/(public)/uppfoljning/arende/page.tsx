import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CloseFollowUpButton } from "@/components/follow-up/close-follow-up-button";
import { ReplyForm } from "@/components/follow-up/reply-form";
import { canReporterReply } from "@/lib/cases/add-reporter-reply";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/dates";
import { STATUS_LABELS } from "@/lib/cases/status-transitions";
import { STATUS_EXPLANATIONS } from "@/lib/reports/follow-up";
import { findFollowUpReport, readFollowUpCode } from "@/lib/reports/follow-up-session";
import { closeFollowUpAction, replyToCoordinatorsAction, replyToCoordinatorsFormAction } from "../actions";

export const metadata: Metadata = { title: "Status för din rapport" };

export default async function FollowUpCasePage() {
  const code = await readFollowUpCode();
  if (!code) redirect("/uppfoljning");
  let report;
  try {
    report = await findFollowUpReport(await getDb(), code);
  } catch (error) {
    if (isAppError(error)) redirect("/uppfoljning");
    throw error;
  }
  return (
    <>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-4">
        <h1 className="text-3xl font-bold">Rapport {report.reference}</h1>
        <CloseFollowUpButton action={closeFollowUpAction} />
      </div>
      <dl className="mb-8 grid gap-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Inskickad</dt>
        <dd>{formatDate(report.submittedAt)}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>
          <strong data-testid="status">{STATUS_LABELS[report.status]}</strong>
          <br />
          {STATUS_EXPLANATIONS[report.status]}
        </dd>
      </dl>
      <section aria-labelledby="meddelanden-rubrik">
        <h2 id="meddelanden-rubrik" className="mb-3 text-xl font-semibold">
          Återkoppling och frågor
        </h2>
        {report.messages.length === 0 ? (
          <p>Det finns ingen återkoppling ännu.</p>
        ) : (
          <ol className="space-y-3">
            {report.messages.map((message) => (
              <li key={message.id} className="rounded border border-slate-400 p-3">
                <p className="text-sm text-slate-700">
                  {message.fromReporter ? "Du" : "Samordnarna"}, {formatDate(message.createdAt)}
                </p>
                <p className="whitespace-pre-wrap">{message.body}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      {canReporterReply(report.status) ? (
        <ReplyForm
          reference={report.reference}
          action={replyToCoordinatorsAction}
          formAction={replyToCoordinatorsFormAction}
        />
      ) : (
        <p className="mt-8">
          Ärendet är avslutat, så det går inte att svara här längre. Kontakta samordnarna om du vill tillägga
          något.
        </p>
      )}
    </>
  );
}
