import { DetailRow } from "@/components/case/detail-row";
import { DetailSection } from "@/components/case/detail-section";
import { formatDate } from "@/lib/dates";
import type { TCaseReport } from "@/components/case/types";

const SOLVED = { JA: "Ja", DELVIS: "Delvis", NEJ: "Nej" } as const;

function participantList(value: unknown): { organisation: string; role: string }[] {
  if (!Array.isArray(value)) return [];
  return value.map((p: { organisation?: unknown; role?: unknown } | null) => ({
    organisation: typeof p?.organisation === "string" ? p.organisation : "",
    role: typeof p?.role === "string" ? p.role : "",
  }));
}

/** Del två as the reporter wrote it: the dialogue with the samverkanspart and the measures agreed. */
export function DelTvaDetails({ report }: { report: TCaseReport }) {
  const participants = participantList(report.participants);
  return (
    <section aria-labelledby="del-tva-rubrik" className="mb-8">
      <h2 id="del-tva-rubrik" className="mb-4 text-2xl font-bold">
        Del två
      </h2>
      <DetailSection title="Dialog och överenskomna åtgärder">
        <DetailRow label="Dialog hållen" value={report.dialogueHeld ? "Ja" : "Nej"} />
        {report.dialogueHeld ? (
          <>
            <DetailRow label="Datum för dialogen" value={formatDate(report.dialogueDate)} />
            <DetailRow
              label="Deltagande parter"
              value={
                participants.length ? (
                  <ul className="list-disc pl-5">
                    {participants.map((p, i) => (
                      <li key={i}>
                        {p.organisation}
                        {p.role ? ` (${p.role})` : ""}
                      </li>
                    ))}
                  </ul>
                ) : null
              }
            />
            <DetailRow
              label="Åtgärder"
              value={
                report.measures.length ? (
                  <ol className="list-decimal pl-5">
                    {report.measures.map((m) => (
                      <li key={m.id} className="mb-2">
                        {m.description}
                        <br />
                        <span className="text-sm">
                          Ansvarig: {m.responsibleParty}
                          {m.targetDate ? `, klart senast ${formatDate(m.targetDate)}` : ""}
                        </span>
                      </li>
                    ))}
                  </ol>
                ) : null
              }
            />
            <DetailRow label="Är bristen löst" value={report.isSolved ? SOLVED[report.isSolved] : null} />
          </>
        ) : (
          <DetailRow label="Varför ingen dialog" value={report.noDialogueReason} />
        )}
        <DetailRow label="Behöver lyftas vidare" value={report.needsEscalation ? "Ja" : "Nej"} />
        <DetailRow label="Kommentar om att lyfta vidare" value={report.escalationComment} />
      </DetailSection>
      {report.partnerComment ? (
        <DetailSection title="Samverkanspartens kommentar">
          <DetailRow label="Från" value={report.partnerCommentOrganisation} />
          <DetailRow label="Kommentar" value={report.partnerComment} />
        </DetailSection>
      ) : null}
    </section>
  );
}
