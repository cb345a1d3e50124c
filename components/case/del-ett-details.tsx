import { DetailRow } from "@/components/case/detail-row";
import { DetailSection } from "@/components/case/detail-section";
import { formatDate } from "@/lib/dates";
import type { TCaseReport } from "@/components/case/types";

const AGE = { BARN: "Barn (0–17 år)", VUXEN: "Vuxen", ALDRE: "Äldre (65 år och äldre)" } as const;
const HUVUDMAN_SHORT = { KOMMUN: "kommun", REGION: "region", OVRIG: "övrig aktör" } as const;

/** Del ett as the reporter wrote it: who reports, the samverkanspart, the event and what was done. */
export function DelEttDetails({ report }: { report: TCaseReport }) {
  const partners = report.partners.map((p) =>
    p.organisation
      ? `${p.organisation.name} (${HUVUDMAN_SHORT[p.organisation.huvudman]})`
      : `${p.otherName ?? ""} (annan aktör)`,
  );
  return (
    <section aria-labelledby="del-ett-rubrik" className="mb-8">
      <h2 id="del-ett-rubrik" className="mb-4 text-2xl font-bold">
        Del ett
      </h2>
      <DetailSection title="Om rapportören">
        <DetailRow label="Namn" value={report.reporterName} />
        <DetailRow label="E-post" value={report.reporterEmail} />
        <DetailRow label="Telefon" value={report.reporterPhone} />
        <DetailRow
          label="Organisation"
          value={`${report.organisation.name} (${HUVUDMAN_SHORT[report.organisation.huvudman]})`}
        />
        <DetailRow label="Enhet eller verksamhet" value={report.unit} />
        <DetailRow label="Roll" value={report.reporterRole} />
        <DetailRow label="Pratat med närmsta chef" value={report.hasConsultedChef ? "Ja" : "Nej"} />
        {report.chefComment ? <DetailRow label="Chefens kommentar" value={report.chefComment} /> : null}
      </DetailSection>
      <DetailSection title="Samverkanspart">
        <DetailRow
          label="Samverkanspart(er)"
          value={
            partners.length ? (
              <ul className="list-disc pl-5">
                {partners.map((name, i) => (
                  <li key={i}>{name}</li>
                ))}
              </ul>
            ) : null
          }
        />
      </DetailSection>
      <DetailSection title="Händelsen">
        <DetailRow
          label="När"
          value={
            report.eventDate
              ? formatDate(report.eventDate)
              : report.eventMonth
                ? `Månad ${report.eventMonth}`
                : null
          }
        />
        <DetailRow label="Områden" value={report.areas.map((a) => a.area.name).join(", ")} />
        <DetailRow label="Åldersgrupp" value={report.ageGroup ? AGE[report.ageGroup] : null} />
      </DetailSection>
      <DetailSection title="Beskrivning och åtgärder">
        <DetailRow label="Händelsen" value={report.description} />
        <DetailRow label="Vidtagna åtgärder för individen" value={report.actionsTaken} />
      </DetailSection>
    </section>
  );
}
