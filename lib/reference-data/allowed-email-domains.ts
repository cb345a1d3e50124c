import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { DraftData } from "@/lib/reports/wizard-steps";

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** The domains allowed for any of the organisations, unique and sorted. */
export async function allowedEmailDomains(
  db: Pick<PrismaClient, "organisation">,
  organisationIds: readonly string[],
): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const organisations = await db.organisation.findMany({
    where: { id: { in: [...new Set(organisationIds)] } },
    select: { emailDomains: true },
  });
  return [...new Set(organisations.flatMap((organisation) => organisation.emailDomains))].sort();
}

/** A partner link may go to the reporter's organisation or any samverkanspart named in the draft. */
export function draftOrganisationIds(data: DraftData): string[] {
  const reporter = data.reporter?.organisationId;
  return [...(typeof reporter === "string" ? [reporter] : []), ...ids(data.partner?.partnerOrganisationIds)];
}
