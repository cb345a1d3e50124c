"use client";

import { useEffect, useRef, useState } from "react";
import { FindingList } from "@/components/redaction/finding-list";
import { MarkSelection } from "@/components/redaction/mark-selection";
import { MarkedText } from "@/components/redaction/marked-text";
import type { SectionValue } from "@/components/redaction/use-workbench-sections";
import { REDACTION_PLACEHOLDERS } from "@/lib/anonymised-cases/placeholders";
import {
  editSection,
  monthOf,
  type SectionEdit,
  type WorkbenchFinding,
} from "@/lib/anonymised-cases/redaction-edits";
import { SECTION_TEXT_MAX } from "@/lib/anonymised-cases/schemas";
import type { WorkbenchSection } from "@/lib/anonymised-cases/workbench-types";

interface SectionWorkbenchProps {
  section: WorkbenchSection;
  value: SectionValue;
  idBase: string;
  onEdit: (edit: SectionEdit) => void;
  onInclude: (isIncluded: boolean) => void;
}

const remaining = (findings: readonly WorkbenchFinding[]) => {
  const open = findings.filter((f) => !f.isDismissed).length;
  return open === 0 ? "Inga fynd kvar att bedöma." : `${open} fynd kvar att bedöma.`;
};

/**
 * One text that can reach the arbetsgrupp: the findings marked and listed, each replaced or kept; more marked
 * by selecting text; and the text itself free to rewrite. Every change is announced in the section's status line,
 * and focus moves on to the next finding.
 */
export function SectionWorkbench({ section, value, idBase, onEdit, onInclude }: SectionWorkbenchProps) {
  const { text, findings } = value.state;
  const [announcement, setAnnouncement] = useState("");
  const container = useRef<HTMLDivElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const pendingFocus = useRef<{ finding: number } | { caret: number } | null>(null);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    if ("caret" in pending) {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(pending.caret, pending.caret);
      return;
    }
    const actions = container.current?.querySelectorAll<HTMLElement>("[data-first-action]") ?? [];
    (actions[Math.min(pending.finding, actions.length - 1)] ?? status.current)?.focus();
  });

  const apply = (edit: SectionEdit, describe: string) => {
    const next = editSection(value.state, edit);
    onEdit(edit);
    setAnnouncement(`${describe} ${remaining(next.findings)}`);
  };
  const onFinding = (finding: WorkbenchFinding, edit: SectionEdit, describe: string) => {
    pendingFocus.current = { finding: findings.filter((f) => !f.isDismissed).indexOf(finding) };
    apply(edit, describe);
  };

  const textId = `${idBase}-text`;
  return (
    <div
      ref={container}
      role="group"
      aria-labelledby={`${idBase}-rubrik`}
      className="mb-6 rounded border border-slate-400 p-3"
    >
      <h4 id={`${idBase}-rubrik`} className="mb-2 font-semibold">
        {section.label}
      </h4>
      {section.isReply ? (
        <div className="mb-3 flex items-start gap-2">
          <input
            id={`${idBase}-med`}
            type="checkbox"
            checked={value.isIncluded}
            onChange={(event) => onInclude(event.target.checked)}
            className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          />
          <label htmlFor={`${idBase}-med`}>Ta med svaret i det arbetsgruppen får läsa</label>
        </div>
      ) : null}
      {value.isIncluded ? (
        <>
          <MarkedText text={text} findings={findings} />
          <FindingList
            idBase={idBase}
            text={text}
            findings={findings}
            onAccept={(finding, asMonth) => {
              const replacement = asMonth ? monthOf(finding) : REDACTION_PLACEHOLDERS[finding.kind];
              onFinding(
                finding,
                { type: "accept", id: finding.id, asMonth },
                `”${finding.match}” ersatt med ${replacement}.`,
              );
            }}
            onDismiss={(finding) =>
              onFinding(finding, { type: "dismiss", id: finding.id }, `”${finding.match}” behålls.`)
            }
            onReopen={(finding) =>
              apply({ type: "reopen", id: finding.id }, `”${finding.match}” ska bedömas igen.`)
            }
          />
          <label htmlFor={textId} className="block font-semibold">
            Text till arbetsgruppen: {section.label.toLowerCase()}
          </label>
          <p id={`${textId}-hint`} className="text-sm text-slate-700">
            Du kan skriva om texten fritt. Det som står här är det arbetsgruppen läser.
          </p>
          <textarea
            ref={textarea}
            id={textId}
            rows={Math.min(12, Math.max(3, Math.ceil(text.length / 90)))}
            maxLength={SECTION_TEXT_MAX}
            value={text}
            aria-describedby={`${textId}-hint`}
            onChange={(event) => onEdit({ type: "rewrite", text: event.target.value })}
            className="mt-1 block w-full rounded border-2 border-slate-600 px-3 py-2"
          />
          <MarkSelection
            idBase={idBase}
            textarea={textarea}
            onProblem={setAnnouncement}
            onMark={(start, end, placeholder) => {
              pendingFocus.current = { caret: Math.min(start, end) + placeholder.length };
              apply(
                { type: "mark", start, end, placeholder },
                `”${text.slice(start, end)}” ersatt med ${placeholder}.`,
              );
            }}
          />
        </>
      ) : (
        // What would be included, so the choice can be made without looking for the reply elsewhere.
        <p className="mb-3 whitespace-pre-wrap break-words rounded border border-slate-300 bg-slate-50 p-2">
          {text || "(tom)"}
        </p>
      )}
      <p ref={status} tabIndex={-1} role="status" className="mt-2 text-sm font-medium">
        {announcement}
      </p>
    </div>
  );
}
