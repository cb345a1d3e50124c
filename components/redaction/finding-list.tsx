"use client";

import { Button } from "@/components/ui/button";
import { IDENTIFIER_LABELS } from "@/lib/anonymise/identifier-kinds";
import { REDACTION_PLACEHOLDERS } from "@/lib/anonymised-cases/placeholders";
import { monthOf, type WorkbenchFinding } from "@/lib/anonymised-cases/redaction-edits";
import { capitalise } from "@/lib/validation/fields";

const CONTEXT = 40;

/** A finding in its surroundings, so it can be judged without looking for it in the text. */
function InContext({ text, finding }: { text: string; finding: WorkbenchFinding }) {
  const from = Math.max(0, finding.start - CONTEXT);
  const to = Math.min(text.length, finding.end + CONTEXT);
  return (
    <>
      {from > 0 ? "…" : ""}
      {text.slice(from, finding.start)}
      <mark className="rounded bg-amber-200 px-0.5 text-slate-950">{finding.match}</mark>
      {text.slice(finding.end, to)}
      {to < text.length ? "…" : ""}
    </>
  );
}

interface FindingListProps {
  idBase: string;
  text: string;
  findings: readonly WorkbenchFinding[];
  onAccept: (finding: WorkbenchFinding, asMonth: boolean) => void;
  onDismiss: (finding: WorkbenchFinding) => void;
  onReopen: (finding: WorkbenchFinding) => void;
}

/** The detector's findings in one section, each replaced by a placeholder or kept as not identifying. */
export function FindingList({ idBase, text, findings, onAccept, onDismiss, onReopen }: FindingListProps) {
  const open = findings.filter((f) => !f.isDismissed);
  const dismissed = findings.filter((f) => f.isDismissed);
  return (
    <div className="mb-3">
      <h5 className="font-semibold">Fynd att bedöma ({open.length})</h5>
      {open.length === 0 ? (
        <p className="text-sm text-slate-700">Inga fynd kvar att bedöma i den här texten.</p>
      ) : (
        <ul className="mt-1 space-y-2">
          {open.map((finding) => {
            const descriptionId = `${idBase}-${finding.id.replace(/[^a-zA-Z0-9-]/g, "-")}`;
            const month = monthOf(finding);
            return (
              <li key={finding.id} className="rounded border-2 border-amber-700 bg-amber-50 p-2">
                <p id={descriptionId}>
                  <strong>{capitalise(IDENTIFIER_LABELS[finding.kind])}</strong>
                  {finding.confidence === "possible" ? " (möjligt)" : ""}: ”{finding.match}”
                  <span className="block text-sm text-slate-800">
                    I texten: <InContext text={text} finding={finding} />
                  </span>
                </p>
                <div className="mt-2 flex flex-wrap gap-2">
                  <Button
                    type="button"
                    variant="secondary"
                    data-first-action=""
                    aria-describedby={descriptionId}
                    onClick={() => onAccept(finding, false)}
                  >
                    Ersätt med {REDACTION_PLACEHOLDERS[finding.kind]}
                  </Button>
                  {month ? (
                    <Button
                      type="button"
                      variant="secondary"
                      aria-describedby={descriptionId}
                      onClick={() => onAccept(finding, true)}
                    >
                      Ersätt med månaden ({month})
                    </Button>
                  ) : null}
                  <Button
                    type="button"
                    variant="secondary"
                    aria-describedby={descriptionId}
                    onClick={() => onDismiss(finding)}
                  >
                    Behåll, inte identifierande
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {dismissed.length ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-brand-900 underline">
            Bedömda som inte identifierande ({dismissed.length})
          </summary>
          <ul className="mt-1 space-y-1">
            {dismissed.map((finding) => (
              <li key={finding.id} className="flex flex-wrap items-center gap-2">
                <span>
                  {capitalise(IDENTIFIER_LABELS[finding.kind])}: ”{finding.match}”
                </span>
                <button type="button" className="text-brand-900 underline" onClick={() => onReopen(finding)}>
                  Ångra<span className="sr-only"> bedömningen av ”{finding.match}”</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
