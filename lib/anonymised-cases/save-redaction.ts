import "server-only";
import type { Prisma, PrismaClient, Report } from "@/generated/prisma/client";
import { approvalRefusal, unresolvedRefusal } from "@/lib/anonymised-cases/approval-rules";
import { slotsOfReport, storedRedaction, unresolvedInRecord } from "@/lib/anonymised-cases/redaction-context";
import { inReadingOrder, REQUIRED_SECTION_KEY } from "@/lib/anonymised-cases/redactable-sections";
import type { TSaveRedaction, TStoredSection } from "@/lib/anonymised-cases/schemas";
import type { Actor } from "@/lib/auth/assert-permission";
import { mutateCase, type CaseAudit } from "@/lib/cases/case-mutation";
import { AppError } from "@/lib/errors";
import { getFourEyesState } from "@/lib/settings/four-eyes-settings";

type Tx = Prisma.TransactionClient;

/** "2026-03" from the event's date or month; null when the reporter gave neither. */
export function eventMonthOf(report: Pick<Report, "eventDate" | "eventMonth">): string | null {
  const month = report.eventDate ? report.eventDate.toISOString().slice(0, 7) : report.eventMonth;
  return month && /^\d{4}-\d{2}$/.test(month) ? month : null;
}

/** The structured fields the arbetsgrupp may see: coarse or withheld, and the huvudman of each party. */
async function structuredFields(tx: Tx, report: Report, input: TSaveRedaction) {
  const [organisation, partners] = await Promise.all([
    tx.organisation.findUnique({ where: { id: report.organisationId }, select: { huvudman: true } }),
    tx.reportPartner.findMany({
      where: { reportId: report.id, organisationId: { not: null } },
      select: { organisationId: true, organisation: { select: { huvudman: true } } },
    }),
  ]);
  const named = partners.filter((p) => p.organisationId && p.organisation);
  return {
    year: report.year,
    eventMonth: eventMonthOf(report),
    ageGroup: input.ageGroupWithheld ? null : report.ageGroup,
    ageGroupWithheld: input.ageGroupWithheld,
    organisationId: input.organisationWithheld ? null : report.organisationId,
    organisationWithheld: input.organisationWithheld,
    reporterHuvudman: organisation?.huvudman ?? null,
    // Other parties written as free text ("Övrig aktör: …") are left out: only reference data goes along.
    partnerOrganisationIds: named.map((p) => p.organisationId!),
    partnerHuvudman: named.map((p) => p.organisation!.huvudman),
  };
}

/**
 * The sections as stored: keys the report has (or the record already had), labels from the server, reading
 * order, and dismissals only where the dismissed text still stands in its section.
 */
async function sectionsToStore(
  tx: Tx,
  report: Report,
  input: TSaveRedaction,
  previous: TStoredSection[],
): Promise<{ sections: TStoredSection[]; dismissed: TSaveRedaction["dismissedFindings"] }> {
  const slots = await slotsOfReport(tx, report.id);
  const labels = new Map([...previous, ...slots].map((s) => [s.key, s.label]));
  const seen = new Set<string>();
  const sections: TStoredSection[] = [];
  for (const section of input.sections) {
    const label = labels.get(section.key);
    if (!label || seen.has(section.key)) {
      throw new AppError("CONFLICT", "Ärendets texter har ändrats sedan sidan laddades. Ladda om sidan.");
    }
    seen.add(section.key);
    sections.push({ key: section.key, label, text: section.text.trim() });
  }
  const required = sections.find((s) => s.key === REQUIRED_SECTION_KEY);
  if (!required || required.text.length < 10) {
    throw new AppError("INVALID", "Händelsen behöver finnas med i den avidentifierade versionen.");
  }
  const texts = new Map(sections.map((s) => [s.key, s.text]));
  const dismissed = input.dismissedFindings.filter((d) => texts.get(d.section)?.includes(d.text));
  return { sections: inReadingOrder(sections, slots), dismissed };
}

/**
 * Saves the coordinator's redaction as the case's anonymised record (state UTKAST), with the structured fields
 * coarsened or withheld. With four eyes off, `approve` approves it in the same step.
 *
 * A save after approval always sends the record back to UTKAST, also when the case is already AVIDENTIFIERAD or
 * AVSLUTAD: a changed text is one nobody else has read, and the arbetsgrupp reads only approved records, so the
 * case leaves their view until a second coordinator approves again. Keeping the old approval would let one person
 * publish unread text; refusing the save would leave an identifier found after approval with no way out. The
 * case keeps its status (it was de-identified); only the record waits.
 */
export async function saveRedaction(db: PrismaClient, user: Actor, input: TSaveRedaction, now = new Date()) {
  return mutateCase(
    db,
    user,
    input.reportId,
    async (tx, report) => {
      if (report.status === "AVVISAD") {
        throw new AppError("INVALID", "Ett avvisat ärende avidentifieras inte.");
      }
      const existing = await tx.anonymisedCase.findUnique({ where: { reportId: report.id } });
      const previous = existing ? storedRedaction(existing).sections : [];
      const { sections, dismissed } = await sectionsToStore(tx, report, input, previous);

      let approve = false;
      if (input.approve) {
        const fourEyes = await getFourEyesState(tx);
        const refusal = approvalRefusal(fourEyes, { redactedById: user.id, approverId: user.id });
        if (refusal) throw new AppError("FORBIDDEN", refusal);
        const unresolved = await unresolvedInRecord(tx, { sections, dismissed });
        if (unresolved.length) throw new AppError("INVALID", unresolvedRefusal(unresolved));
        approve = true;
      }

      const data = {
        ...(await structuredFields(tx, report, input)),
        sections: sections as unknown as Prisma.InputJsonArray,
        dismissedFindings: dismissed as unknown as Prisma.InputJsonArray,
        state: approve ? ("GODKAND" as const) : ("UTKAST" as const),
        redactedById: user.id,
        redactedAt: now,
        approvedById: approve ? user.id : null,
        approvedAt: approve ? now : null,
      };
      await tx.anonymisedCase.upsert({
        where: { reportId: report.id },
        create: { reportId: report.id, ...data },
        update: data,
      });
      const audit: CaseAudit[] = [
        {
          action: "ANONYMISED_CASE_SAVED",
          data: {
            state: data.state,
            isRevision: !!existing,
            wasApproved: existing?.state === "GODKAND",
            sections: sections.length,
            dismissedFindings: dismissed.length,
            ageGroupWithheld: input.ageGroupWithheld,
            organisationWithheld: input.organisationWithheld,
          },
        },
      ];
      if (approve) {
        audit.push({ action: "ANONYMISED_CASE_APPROVED", data: { redactedById: user.id, fourEyes: false } });
      }
      return { result: { state: data.state, version: now.toISOString() }, audit };
    },
    now,
  );
}
