"use client";

import { useEffect, useRef } from "react";
import { FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { IDENTIFIER_LABELS } from "@/lib/anonymise/identifier-kinds";
import { ZApproveRedaction } from "@/lib/anonymised-cases/schemas";
import type { RedactionWorkbench } from "@/lib/anonymised-cases/workbench-types";
import { formatDateTime } from "@/lib/dates";

type SavedRecord = NonNullable<RedactionWorkbench["record"]>;

/** The saved version as the arbetsgrupp will read it, what was kept, and what still stops approval. */
function SavedVersion({ record }: { record: SavedRecord }) {
  return (
    <>
      <h4 className="mb-1 font-semibold">Så här läser arbetsgruppen texterna</h4>
      <dl className="mb-3 grid gap-x-6 gap-y-1 sm:grid-cols-[16rem_1fr]">
        {record.sections.map((section) => (
          <div key={section.key} className="contents">
            <dt className="font-semibold text-slate-800">{section.label}</dt>
            <dd className="whitespace-pre-wrap break-words">{section.text || "(tom)"}</dd>
          </div>
        ))}
      </dl>
      {record.dismissed.length ? (
        <>
          <h4 className="mb-1 font-semibold">Bedömt som inte identifierande</h4>
          <ul className="mb-3 list-disc pl-5">
            {record.dismissed.map((d, index) => (
              <li key={index}>
                {d.sectionLabel}: ”{d.text}” ({IDENTIFIER_LABELS[d.kind]})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {record.unresolved.length ? (
        <div className="mb-3 rounded border-2 border-red-700 p-3">
          <h4 className="mb-1 font-semibold text-red-800">Fynd som varken är ersatta eller bedömda</h4>
          <ul className="list-disc pl-5">
            {record.unresolved.map((f, index) => (
              <li key={index}>
                {f.sectionLabel}: ”{f.match}” ({IDENTIFIER_LABELS[f.kind]})
              </li>
            ))}
          </ul>
          <p className="mt-1 text-sm">Bedöm dem i avidentifieringen ovan och spara igen.</p>
        </div>
      ) : null}
    </>
  );
}

/** Approval of the saved redaction: by another coordinator with four eyes, by anyone without. */
export function RedactionApproval({
  reportId,
  record,
  action,
}: {
  reportId: string;
  record: SavedRecord;
  action: FormAction;
}) {
  const approval = useActionForm({
    schema: ZApproveRedaction,
    defaultValues: { reportId, version: record.version },
    action,
    idPrefix: "godkann",
    recordState: `${record.state}:${record.version}`,
    onRecordStateChange: (f) => f.reset({ reportId, version: record.version }),
  });
  const saved = `Sparad av ${record.redactedBy} ${formatDateTime(record.redactedAt)}.`;
  const isApproved = record.state === "GODKAND";
  const refusal = record.approvalRefusal;
  // Approving removes the form, and with it the focused button: the confirmation takes focus instead.
  const statusLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!approval.status) return;
    const active = document.activeElement;
    if (!active || active === document.body) statusLine.current?.focus();
  }, [approval.status, isApproved]);
  return (
    <div className="mb-8 rounded border border-slate-400 p-4" role="group" aria-labelledby="godkann-rubrik">
      <h3 id="godkann-rubrik" className="mb-2 text-lg font-semibold">
        Godkännande
      </h3>
      {isApproved ? (
        <p className="mb-3">
          <strong>Godkänd</strong> av {record.approvedBy}
          {record.approvedAt ? ` ${formatDateTime(record.approvedAt)}` : ""}. {saved} Arbetsgruppen kan läsa
          den när ärendet har status Avidentifierad, som du ändrar under Handläggning. Sparar du en ändring
          behöver den godkännas igen.
        </p>
      ) : (
        <p className="mb-3">
          <strong>Väntar på godkännande.</strong> {saved}
        </p>
      )}
      <SavedVersion record={record} />
      {isApproved || record.unresolved.length ? null : refusal ? (
        <p className="rounded border-2 border-brand-700 bg-brand-50 p-3">{refusal}</p>
      ) : (
        <FormShell
          onSubmit={approval.onSubmit}
          summaryErrors={approval.summaryErrors}
          submitCount={approval.submitCount}
          status={approval.status}
          formMessage={approval.formMessage}
          isPending={approval.isPending}
          submitLabel="Godkänn avidentifieringen"
          pendingLabel="Godkänner …"
          statusLine={false}
        >
          <p className="text-sm text-slate-700">
            Läs texterna ovan. Godkänn bara om inget i dem kan peka ut den enskilde.
          </p>
        </FormShell>
      )}
      {/* Outside the form, which goes once the approval is saved: the confirmation is still announced. */}
      <p ref={statusLine} tabIndex={-1} role="status" className="mt-3 font-medium text-green-800">
        {approval.status ? (
          <>
            <span aria-hidden="true">✓ </span>
            {approval.status}
          </>
        ) : null}
      </p>
    </div>
  );
}
