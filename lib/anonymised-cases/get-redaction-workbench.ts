import "server-only";
import type { AgeGroup, CaseStatus, PrismaClient } from "@/generated/prisma/client";
import { detectIdentifiers } from "@/lib/anonymise/detect-identifiers-full";
import { approvalRefusal } from "@/lib/anonymised-cases/approval-rules";
import { detectorAllowList } from "@/lib/anonymised-cases/detector-allow-list";
import { AGE_GROUP_LABELS, monthLabel } from "@/lib/anonymised-cases/labels";
import { storedRedaction } from "@/lib/anonymised-cases/redaction-context";
import {
  inReadingOrder,
  redactableSections,
  type SectionSource,
} from "@/lib/anonymised-cases/redactable-sections";
import type { WorkbenchFinding } from "@/lib/anonymised-cases/redaction-edits";
import { eventMonthOf } from "@/lib/anonymised-cases/save-redaction";
import { isDismissed, unresolvedFindings } from "@/lib/anonymised-cases/unresolved-findings";
import type { RedactionWorkbench } from "@/lib/anonymised-cases/workbench-types";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { getFourEyesState } from "@/lib/settings/four-eyes-settings";

/** The case as the case page has already read it (viewCase): the texts, the event and the reporter's replies. */
export interface WorkbenchReport extends Omit<SectionSource, "replies"> {
  id: string;
  status: CaseStatus;
  /** Set when gallring erased the original: the case takes no more changes. */
  erasedAt?: Date | null;
  eventDate: Date | null;
  eventMonth: string | null;
  ageGroup: AgeGroup | null;
  organisation: { name: string };
  messages: readonly { id: string; fromReporter: boolean; body: string }[];
}

function findingsFor(
  key: string,
  text: string,
  allow: string[],
  dismissed: Parameters<typeof isDismissed>[1],
) {
  return detectIdentifiers(text, { allow }).map((hit, index): WorkbenchFinding => ({
    id: `${key}#${index}`,
    kind: hit.kind,
    match: hit.match,
    start: hit.start,
    end: hit.end,
    confidence: hit.confidence,
    isDismissed: isDismissed({ section: key, kind: hit.kind, match: hit.match }, dismissed),
  }));
}

/**
 * What the redaction workbench on the case page starts from: each text that can reach the arbetsgrupp (the saved
 * redaction where there is one), the full detector's findings in it, the structured fields as they would be
 * shown, and the saved record with what its approval needs.
 */
export async function getRedactionWorkbench(
  db: PrismaClient,
  user: Actor,
  report: WorkbenchReport,
): Promise<RedactionWorkbench> {
  await assertPermission(db, user, "case:write", report.id);
  const [record, allow, fourEyes] = await Promise.all([
    db.anonymisedCase.findUnique({ where: { reportId: report.id } }),
    detectorAllowList(db),
    getFourEyesState(db),
  ]);
  const saved = record ? storedRedaction(record) : { sections: [], dismissed: [] };
  const savedText = new Map(saved.sections.map((s) => [s.key, s.text]));
  const original = redactableSections({
    ...report,
    replies: report.messages.filter((m) => m.fromReporter).map((m) => ({ id: m.id, body: m.body })),
  });
  // Texts saved under a key the report no longer has (an erased original, an older record) stay editable.
  const known = new Set(original.map((s) => s.key));
  const extra = saved.sections
    .filter((s) => !known.has(s.key))
    .map((s) => ({ key: s.key, label: s.label, text: s.text, isReply: s.key.startsWith("reply:") }));
  const sections = inReadingOrder([...original, ...extra], original).map((section) => {
    const text = savedText.get(section.key) ?? section.text;
    return {
      key: section.key,
      label: section.label,
      isReply: section.isReply,
      isIncluded: !section.isReply || savedText.has(section.key),
      text,
      findings: findingsFor(section.key, text, allow, saved.dismissed),
    };
  });
  const names = record
    ? await db.user.findMany({
        where: { id: { in: [record.redactedById, record.approvedById ?? ""] } },
        select: { id: true, name: true },
      })
    : [];
  const nameOf = (id: string | null) =>
    id ? (names.find((n) => n.id === id)?.name ?? "Okänd användare") : null;
  const labels = new Map(saved.sections.map((s) => [s.key, s.label]));
  return {
    reportId: report.id,
    unavailable:
      report.status === "AVVISAD"
        ? "Ett avvisat ärende avidentifieras inte och når aldrig arbetsgruppen."
        : report.erasedAt
          ? "Ärendet är gallrat. Den avidentifierade versionen finns kvar men kan inte ändras."
          : null,
    sections,
    structured: {
      month: monthLabel(eventMonthOf(report)),
      ageGroup: report.ageGroup ? AGE_GROUP_LABELS[report.ageGroup] : null,
      organisation: report.organisation.name,
      ageGroupWithheld: record?.ageGroupWithheld ?? false,
      organisationWithheld: record?.organisationWithheld ?? false,
    },
    fourEyes: { mode: fourEyes.mode, required: fourEyes.required },
    record: record && {
      state: record.state,
      version: record.redactedAt.toISOString(),
      redactedBy: nameOf(record.redactedById)!,
      redactedAt: record.redactedAt,
      approvedBy: nameOf(record.approvedById),
      approvedAt: record.approvedAt,
      sections: saved.sections,
      dismissed: saved.dismissed.map((d) => ({
        sectionLabel: labels.get(d.section) ?? d.section,
        kind: d.kind,
        text: d.text,
      })),
      unresolved: unresolvedFindings(saved.sections, saved.dismissed, { allow }),
      approvalRefusal: approvalRefusal(fourEyes, { redactedById: record.redactedById, approverId: user.id }),
    },
  };
}
