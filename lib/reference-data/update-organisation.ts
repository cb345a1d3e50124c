import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { auditDiff } from "@/lib/audit/audit-diff";
import type { TUpdateOrganisation } from "@/lib/reference-data/schemas";
import { withUniqueMessage } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";

/**
 * Renames an organisation or changes its huvudman, place in the lists or allowed e-mail domains; reports keep
 * pointing at it.
 */
export async function updateOrganisation(db: PrismaClient, actor: Actor | null, input: TUpdateOrganisation) {
  const admin = await assertPermission(db, actor, "admin:manage");
  const { id, ...fields } = input;
  return withUniqueMessage(
    () =>
      db.$transaction(async (tx) => {
        const before = await tx.organisation.findUnique({
          where: { id },
          select: { name: true, huvudman: true, sortOrder: true, emailDomains: true },
        });
        if (!before) throw new AppError("NOT_FOUND", "Organisationen finns inte.");
        const diff = auditDiff(before, fields);
        if (Object.keys(diff).length === 0) return { changed: false };
        await tx.organisation.update({ where: { id }, data: fields });
        await writeAudit(tx, {
          action: "ORGANISATION_CHANGED",
          actorId: admin.id,
          actorLabel: admin.id,
          data: { organisationId: id, change: "updated", ...diff },
        });
        return { changed: true };
      }),
    "Det finns redan en organisation med det namnet.",
  );
}
