import type { PrismaClient } from "@/generated/prisma/client";
import { approveRedaction } from "@/lib/anonymised-cases/approve-redaction";
import { detectorAllowList } from "@/lib/anonymised-cases/detector-allow-list";
import { redactableSections } from "@/lib/anonymised-cases/redactable-sections";
import { saveRedaction } from "@/lib/anonymised-cases/save-redaction";
import { suggestedRedaction } from "@/lib/anonymised-cases/suggested-redaction";
import type { Actor } from "@/lib/auth/assert-permission";
import { addReporterReply } from "@/lib/cases/add-reporter-reply";
import { changeCaseStatusWithMessage } from "@/lib/cases/change-case-status-with-message";
import { classifyCase } from "@/lib/cases/classify-case";
import { registerCase } from "@/lib/cases/register-case";
import { plantedText, type PlantedIdentity } from "./planted-identities";
import { createSubmittedReport, loadReferenceLookup } from "./report-factory";

export { PLANTED_IDENTITIES, PLANTED_STRINGS, plantedText, type PlantedIdentity } from "./planted-identities";

/**
 * Reports with known identifiers planted in every free text and contact field, taken through the real operations
 * to an approved anonymised record: what the leak tests read back through the arbetsgrupp's pages.
 */

/**
 * Writes the identifiers into every free text and contact field, and a reply from the reporter. The wizard refuses
 * strong identifiers, so they are written in afterwards: the record must hold even for text that got past it.
 */
export async function plantIdentifiers(db: PrismaClient, reportId: string, identity: PlantedIdentity) {
  const text = (lead: string) => plantedText(identity, lead);
  await db.report.update({
    where: { id: reportId },
    data: {
      description: text("Socialpsykiatrin kallade till SIP men ingen kom. Det gällde "),
      actionsTaken: text("Vi ringde mottagningen om "),
      partnerComment: text("Vi känner igen bilden kring "),
      noDialogueReason: text("Ingen dialog om "),
      escalationComment: text("Lyfts vidare gällande "),
      chefComment: text("Chefen känner till "),
      reporterName: identity.name,
      reporterEmail: identity.email,
      reporterPhone: identity.phone,
      unit: text("Enheten för "),
      participants: [{ organisation: text("Boendet för "), role: "Kontaktperson" }],
    },
  });
  const measures = await db.measure.findMany({ where: { reportId } });
  for (const measure of measures) {
    await db.measure.update({
      where: { id: measure.id },
      data: {
        description: text("Uppföljning av "),
        responsibleParty: `Handläggare ${identity.name}, ${identity.phone}`,
      },
    });
  }
  await addReporterReply(db, { reportId, body: text("Ett tillägg om ") });
}

/** The detector's suggestions accepted in every text, the reporter's replies included, saved by the redactor. */
export async function redactWithSuggestions(db: PrismaClient, redactor: Actor, reportId: string) {
  const report = await db.report.findUniqueOrThrow({
    where: { id: reportId },
    include: {
      measures: { orderBy: { sortOrder: "asc" } },
      messages: { where: { fromReporter: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const sections = redactableSections({
    ...report,
    replies: report.messages.map((m) => ({ id: m.id, body: m.body })),
  });
  return saveRedaction(db, redactor, {
    reportId,
    sections: suggestedRedaction(sections, { allow: await detectorAllowList(db) }),
    dismissedFindings: [],
    ageGroupWithheld: false,
    organisationWithheld: false,
    approve: false,
  });
}

const toStatus = (
  db: PrismaClient,
  actor: Actor,
  reportId: string,
  to: "UNDER_HANDLAGGNING" | "ATERKOPPLAD" | "AVIDENTIFIERAD",
) => changeCaseStatusWithMessage(db, actor, { reportId, to, reason: "", message: "" });

/**
 * A report through the wizard's functions, registered, categorised and answered, with identifiers planted, redacted
 * by one coordinator with the suggestions accepted, approved by another, and marked AVIDENTIFIERAD.
 */
export async function createPlantedAnonymisedCase(
  db: PrismaClient,
  options: { redactor: Actor; approver: Actor; identity: PlantedIdentity; index: number; now?: Date },
) {
  const now = options.now ?? new Date();
  const lookup = await loadReferenceLookup(db);
  const { report, scenario } = await createSubmittedReport(db, { now, index: options.index, lookup });
  const { redactor, approver } = options;
  await registerCase(db, redactor, {
    reportId: report.id,
    diarienummer: `SOF ${report.year}/${900 + options.index}`,
  });
  const categories = await db.category.findMany({
    where: { year: report.year, name: { in: scenario.categories } },
    select: { id: true },
  });
  const areas = await db.reportArea.findMany({ where: { reportId: report.id }, select: { areaId: true } });
  await classifyCase(db, redactor, {
    reportId: report.id,
    categoryIds: categories.map((c) => c.id),
    areaIds: areas.map((a) => a.areaId),
  });
  await toStatus(db, redactor, report.id, "UNDER_HANDLAGGNING");
  await plantIdentifiers(db, report.id, options.identity);
  await toStatus(db, redactor, report.id, "ATERKOPPLAD");
  const saved = await redactWithSuggestions(db, redactor, report.id);
  await approveRedaction(db, approver, { reportId: report.id, version: saved.version });
  await toStatus(db, approver, report.id, "AVIDENTIFIERAD");
  return { reportId: report.id, reference: report.reference };
}
