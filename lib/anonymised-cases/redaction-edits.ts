import { coarsenDate } from "@/lib/anonymise/coarsen-date";
import type { IdentifierConfidence, IdentifierKind } from "@/lib/anonymise/identifier-kinds";
import { REDACTION_PLACEHOLDERS } from "@/lib/anonymised-cases/placeholders";

/**
 * Pure edits of one section in the workbench: the text and the findings in it. Accepting a finding or marking a
 * span replaces it with a placeholder and shifts the findings after it; a free rewrite finds each finding again
 * by its text, and one that no longer appears is resolved.
 */

export interface WorkbenchFinding {
  id: string;
  kind: IdentifierKind;
  match: string;
  start: number;
  end: number;
  confidence: IdentifierConfidence;
  /** Dismissed: judged not identifying; it stays in the text and is saved among the dismissed findings. */
  isDismissed: boolean;
}

export interface SectionState {
  text: string;
  findings: WorkbenchFinding[];
}

export type SectionEdit =
  | { type: "accept"; id: string; asMonth?: boolean }
  | { type: "dismiss"; id: string }
  | { type: "reopen"; id: string }
  | { type: "mark"; start: number; end: number; placeholder: string }
  | { type: "rewrite"; text: string };

/** "den 3 mars" becomes "i mars 2025", not "den mars 2025". */
const DEN_BEFORE = /(?<![\p{L}])([Dd])en\s+$/u;

/** The month an exact date finding can be coarsened to ("mars 2025"), or null when it is no such date. */
export function monthOf(finding: Pick<WorkbenchFinding, "kind" | "match">): string | null {
  return finding.kind === "datum" ? coarsenDate(finding.match) : null;
}

/** Replaces text[start, end) and moves the findings: those after shift, those overlapping the span are gone. */
export function replaceSpan(
  state: SectionState,
  start: number,
  end: number,
  replacement: string,
): SectionState {
  const delta = replacement.length - (end - start);
  const findings: WorkbenchFinding[] = [];
  for (const finding of state.findings) {
    if (finding.end <= start) findings.push(finding);
    else if (finding.start >= end) {
      findings.push({ ...finding, start: finding.start + delta, end: finding.end + delta });
    }
  }
  return { text: state.text.slice(0, start) + replacement + state.text.slice(end), findings };
}

/** Finds each finding again after a free rewrite: where it was if it is still there, else the nearest copy. */
export function relocateFindings(findings: readonly WorkbenchFinding[], text: string): WorkbenchFinding[] {
  const taken: Array<[number, number]> = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  const relocated: WorkbenchFinding[] = [];
  for (const finding of findings) {
    let best = -1;
    if (text.slice(finding.start, finding.end) === finding.match && free(finding.start, finding.end)) {
      best = finding.start;
    } else {
      for (let at = text.indexOf(finding.match); at >= 0; at = text.indexOf(finding.match, at + 1)) {
        const isFree = free(at, at + finding.match.length);
        if (isFree && (best < 0 || Math.abs(at - finding.start) < Math.abs(best - finding.start))) best = at;
      }
    }
    if (best < 0) continue;
    taken.push([best, best + finding.match.length]);
    relocated.push({ ...finding, start: best, end: best + finding.match.length });
  }
  return relocated.sort((a, b) => a.start - b.start);
}

export function editSection(state: SectionState, edit: SectionEdit): SectionState {
  switch (edit.type) {
    case "accept": {
      const finding = state.findings.find((f) => f.id === edit.id);
      if (!finding) return state;
      const month = edit.asMonth ? monthOf(finding) : null;
      if (!month) return replaceSpan(state, finding.start, finding.end, REDACTION_PLACEHOLDERS[finding.kind]);
      const den = DEN_BEFORE.exec(state.text.slice(0, finding.start));
      if (!den) return replaceSpan(state, finding.start, finding.end, month);
      const prefix = den[1] === "D" ? "I " : "i ";
      return replaceSpan(state, finding.start - den[0].length, finding.end, prefix + month);
    }
    case "dismiss":
    case "reopen":
      return {
        ...state,
        findings: state.findings.map((f) =>
          f.id === edit.id ? { ...f, isDismissed: edit.type === "dismiss" } : f,
        ),
      };
    case "mark": {
      const start = Math.max(0, Math.min(edit.start, edit.end));
      const end = Math.min(state.text.length, Math.max(edit.start, edit.end));
      if (start === end) return state;
      return replaceSpan(state, start, end, edit.placeholder);
    }
    case "rewrite":
      return { text: edit.text, findings: relocateFindings(state.findings, edit.text) };
  }
}

/** The dismissed findings of a section, as saved. */
export function dismissedIn(sectionKey: string, state: SectionState) {
  return state.findings
    .filter((f) => f.isDismissed)
    .map((f) => ({ section: sectionKey, kind: f.kind, text: f.match }));
}
