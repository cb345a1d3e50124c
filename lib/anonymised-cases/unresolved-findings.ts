import { detectIdentifiers } from "@/lib/anonymise/detect-identifiers-full";
import { IDENTIFIER_LABELS, type IdentifierHit } from "@/lib/anonymise/identifier-kinds";
import type { TDismissedFinding, TStoredSection } from "@/lib/anonymised-cases/schemas";

/**
 * Pure: the full detector run again over the redacted texts. A finding is resolved when it no longer appears
 * (replaced by a placeholder or rewritten) or when the coordinator dismissed that text of that kind in that
 * section; everything else is unresolved and stops approval and the status AVIDENTIFIERAD.
 */

export interface SectionFinding extends IdentifierHit {
  section: string;
  sectionLabel: string;
}

export interface FindingOptions {
  /** Reference data names (organisations, areas, categories), never a person's. */
  allow: readonly string[];
}

export function sectionFindings(
  sections: readonly Pick<TStoredSection, "key" | "label" | "text">[],
  options: FindingOptions,
): SectionFinding[] {
  return sections.flatMap((section) =>
    detectIdentifiers(section.text, { allow: options.allow }).map((hit) => ({
      ...hit,
      section: section.key,
      sectionLabel: section.label,
    })),
  );
}

export function isDismissed(
  finding: Pick<SectionFinding, "section" | "kind" | "match">,
  dismissed: readonly TDismissedFinding[],
): boolean {
  return dismissed.some(
    (d) => d.section === finding.section && d.kind === finding.kind && d.text === finding.match,
  );
}

export function unresolvedFindings(
  sections: readonly Pick<TStoredSection, "key" | "label" | "text">[],
  dismissed: readonly TDismissedFinding[],
  options: FindingOptions,
): SectionFinding[] {
  return sectionFindings(sections, options).filter((finding) => !isDismissed(finding, dismissed));
}

/** "Händelsen: ”Kalle” (ett namn)" for each finding, for a refusal the coordinator can act on. */
export function describeFindings(findings: readonly SectionFinding[], max = 5): string {
  const listed = findings
    .slice(0, max)
    .map((f) => `${f.sectionLabel}: ”${f.match}” (${IDENTIFIER_LABELS[f.kind]})`);
  const more = findings.length > max ? ` och ${findings.length - max} till` : "";
  return `${listed.join("; ")}${more}`;
}
