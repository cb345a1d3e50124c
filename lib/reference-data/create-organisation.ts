import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { auditDiff } from "@/lib/audit/audit-diff";
import type { TCreateOrganisation } from "@/lib/reference-data/schemas";
import { withUniqueMessage } from "@/lib/db/unique-violation";

export async function createOrganisation(db: PrismaClient, actor: Actor | null, input: TCreateOrganisation) {
  const admin = await assertPermission(db, actor, "admin:manage");
  return withUniqueMessage(
    () =>
      db.$transaction(async (tx) => {
        const organisation = await tx.organisation.create({ data: input, select: { id: true, name: true } });
        await writeAudit(tx, {
          action: "ORGANISATION_CHANGED",
          actorId: admin.id,
          actorLabel: admin.id,
          data: { organisationId: organisation.id, change: "created", ...auditDiff({}, input) },
        });
        return organisation;
      }),
    "Det finns redan en organisation med det namnet.",
  );
}
