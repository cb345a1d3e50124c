import type { RedactionState } from "@/generated/prisma/enums";
import type { IdentifierHit } from "@/lib/anonymise/identifier-kinds";
import type { WorkbenchFinding } from "@/lib/anonymised-cases/redaction-edits";
import type { FourEyesMode } from "@/lib/settings/four-eyes-settings";

/** What the case page hands the redaction workbench and the approval form; safe to import in the browser. */

export interface WorkbenchSection {
  key: string;
  label: string;
  isReply: boolean;
  /** Whether the text goes into the record: always for the report's texts, by choice for replies. */
  isIncluded: boolean;
  /** The saved redacted text, or the original when nothing is saved for this section. */
  text: string;
  findings: WorkbenchFinding[];
}

export interface WorkbenchUnresolved extends IdentifierHit {
  sectionLabel: string;
}

export interface RedactionWorkbench {
  reportId: string;
  /** Why the workbench is not offered (a rejected or erased case), or null. */
  unavailable: string | null;
  sections: WorkbenchSection[];
  structured: {
    month: string | null;
    ageGroup: string | null;
    organisation: string;
    ageGroupWithheld: boolean;
    organisationWithheld: boolean;
  };
  fourEyes: { mode: FourEyesMode; required: boolean };
  record: null | {
    state: RedactionState;
    /** The saved version, sent back on approval. */
    version: string;
    redactedBy: string;
    redactedAt: Date;
    approvedBy: string | null;
    approvedAt: Date | null;
    sections: Array<{ key: string; label: string; text: string }>;
    dismissed: Array<{ sectionLabel: string; kind: IdentifierHit["kind"]; text: string }>;
    unresolved: WorkbenchUnresolved[];
    /** Why this user may not approve it now, or null. */
    approvalRefusal: string | null;
  };
}
