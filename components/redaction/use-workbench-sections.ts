"use client";

import { useReducer, useState } from "react";
import {
  dismissedIn,
  editSection,
  type SectionEdit,
  type SectionState,
} from "@/lib/anonymised-cases/redaction-edits";
import type { WorkbenchSection } from "@/lib/anonymised-cases/workbench-types";

export interface SectionValue {
  state: SectionState;
  isIncluded: boolean;
}

type Sections = Record<string, SectionValue>;

type Change =
  | { type: "edit"; key: string; edit: SectionEdit }
  | { type: "include"; key: string; isIncluded: boolean }
  | { type: "reset"; sections: readonly WorkbenchSection[] };

function fromProps(sections: readonly WorkbenchSection[]): Sections {
  return Object.fromEntries(
    sections.map((s) => [s.key, { state: { text: s.text, findings: s.findings }, isIncluded: s.isIncluded }]),
  );
}

function reduce(sections: Sections, change: Change): Sections {
  if (change.type === "reset") return fromProps(change.sections);
  const current = sections[change.key];
  if (!current) return sections;
  const next =
    change.type === "edit"
      ? { ...current, state: editSection(current.state, change.edit) }
      : { ...current, isIncluded: change.isIncluded };
  return { ...sections, [change.key]: next };
}

/**
 * Every section's text and findings while the coordinator works. When the page comes back with a newly saved
 * version, the state starts again from it (with the server's findings in the saved text).
 */
export function useWorkbenchSections(sections: readonly WorkbenchSection[], version: string) {
  const [values, dispatch] = useReducer(reduce, sections, fromProps);
  const [seenVersion, setSeenVersion] = useState(version);
  if (seenVersion !== version) {
    setSeenVersion(version);
    dispatch({ type: "reset", sections });
  }
  /** What the server action gets: included texts in order and the dismissed findings still in them. */
  const payload = () => {
    const included = sections.filter((s) => values[s.key]?.isIncluded);
    return {
      sections: included.map((s) => ({ key: s.key, text: values[s.key]!.state.text })),
      dismissedFindings: included.flatMap((s) => dismissedIn(s.key, values[s.key]!.state)),
    };
  };
  return {
    values,
    edit: (key: string, edit: SectionEdit) => dispatch({ type: "edit", key, edit }),
    include: (key: string, isIncluded: boolean) => dispatch({ type: "include", key, isIncluded }),
    payload,
  };
}
