import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { DelTvaStepForm } from "@/components/wizard/del-tva-step-form";
import { DescriptionStepForm } from "@/components/wizard/description-step-form";
import { EventStepForm } from "@/components/wizard/event-step-form";
import { PartnerComments } from "@/components/wizard/partner-comments";
import { PartnerStepForm } from "@/components/wizard/partner-step-form";
import { ReporterStepForm } from "@/components/wizard/reporter-step-form";
import { WizardProgress } from "@/components/wizard/wizard-progress";
import { SaveLaterLink } from "@/components/wizard/save-later-link";
import { getDb } from "@/lib/db";
import { draftData } from "@/lib/reports/drafts";
import { listPartnerComments } from "@/lib/reports/partner-links";
import { areaOptions, organisationGroups } from "@/lib/reports/reference-options";
import { canOpenStep, nextPath, stepBySlug } from "@/lib/reports/wizard-steps";
import { getCurrentDraft } from "@/lib/reports/draft-session";
import { saveStepAction, saveStepFormAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ step: string }> }): Promise<Metadata> {
  const step = stepBySlug((await params).step);
  return { title: step ? `${step.part === 1 ? "Del ett" : "Del två"}: ${step.title}` : "Rapportera" };
}

export default async function WizardStepPage({ params }: { params: Promise<{ step: string }> }) {
  const step = stepBySlug((await params).step);
  if (!step) notFound();
  const current = await getCurrentDraft();
  if (!current) redirect("/rapportera?utkast=saknas");
  const data = draftData(current.draft);
  if (current.draft.submittedAt) redirect("/uppfoljning");
  if (!canOpenStep(data, step.key)) redirect(nextPath(data));

  const db = await getDb();
  // Stored values are the reporter's own, fed back into the form; the schema validates them again on save.
  const defaults = (data[step.key] ?? {}) as never;
  let form: React.ReactNode;
  switch (step.key) {
    case "reporter":
      form = (
        <ReporterStepForm
          defaults={defaults}
          organisations={await organisationGroups(db)}
          action={saveStepAction}
          formAction={saveStepFormAction}
        />
      );
      break;
    case "partner":
      form = (
        <PartnerStepForm
          defaults={defaults}
          organisations={await organisationGroups(db)}
          action={saveStepAction}
          formAction={saveStepFormAction}
        />
      );
      break;
    case "event":
      form = (
        <EventStepForm
          defaults={defaults}
          areas={await areaOptions(db)}
          action={saveStepAction}
          formAction={saveStepFormAction}
        />
      );
      break;
    case "description":
      form = (
        <DescriptionStepForm defaults={defaults} action={saveStepAction} formAction={saveStepFormAction} />
      );
      break;
    case "delTva":
      form = (
        <>
          <PartnerComments comments={await listPartnerComments(db, current.draft.id)} />
          <DelTvaStepForm defaults={defaults} action={saveStepAction} formAction={saveStepFormAction} />
        </>
      );
      break;
  }

  return (
    <>
      <WizardProgress current={step.key} completed={data.completed} />
      <PageHeading className="mb-2 text-3xl font-bold">
        <span className="block text-base font-semibold text-slate-700">
          {step.part === 1 ? "Del ett" : "Del två"}
          {/* Read as "Del ett: Om dig", not "Del ett Om dig". */}
          <span className="sr-only">: </span>
        </span>
        {step.title}
      </PageHeading>
      <SaveLaterLink />
      {form}
    </>
  );
}
