import { DetailRow } from "@/components/case/detail-row";
import type { AnonymisedCaseView } from "@/lib/anonymised-cases/get-anonymised-case";
import { STATUS_LABELS } from "@/lib/cases/status-transitions";

/** One anonymised brist: the structured facts that may be shown, then the redacted texts. */
export function AnonymisedCaseDetails({ brist }: { brist: AnonymisedCaseView }) {
  return (
    <>
      <section
        aria-labelledby="fakta-rubrik"
        className="mb-8 rounded border-2 border-brand-700 bg-brand-50 p-4"
      >
        <h2 id="fakta-rubrik" className="mb-3 text-xl font-bold">
          Uppgifter
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
          <DetailRow label="År" value={String(brist.year)} />
          <DetailRow label="Händelsen inträffade" value={brist.month} />
          <DetailRow label="Status" value={STATUS_LABELS[brist.status]} />
          <DetailRow label="Samordnarnas kategorier" value={brist.categories.join(", ")} />
          <DetailRow label="Områden" value={brist.areas.join(", ")} />
          <DetailRow
            label="Åldersgrupp"
            value={brist.ageGroupWithheld ? "Undanhållen för att skydda den enskilde" : brist.ageGroup}
          />
          <DetailRow
            label="Rapporterande organisation"
            value={
              brist.organisationWithheld ? "Undanhållen för att skydda den enskilde" : brist.organisation
            }
          />
          <DetailRow label="Rapportörens huvudman" value={brist.reporterHuvudman} />
          <DetailRow label="Samverkanspartens huvudman" value={brist.partnerHuvudman.join(", ")} />
          <DetailRow label="Är bristen löst" value={brist.isSolved} />
          <DetailRow label="Behöver lyftas vidare" value={brist.needsEscalation ? "Ja" : "Nej"} />
        </dl>
      </section>
      <section aria-labelledby="texter-rubrik" className="mb-8">
        <h2 id="texter-rubrik" className="mb-3 text-2xl font-bold">
          Beskrivning
        </h2>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[14rem_1fr]">
          {brist.sections.map((section) => (
            <DetailRow key={section.key} label={section.label} value={section.text} />
          ))}
        </dl>
      </section>
    </>
  );
}
