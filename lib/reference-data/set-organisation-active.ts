import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import type { TSetActive } from "@/lib/reference-data/schemas";
import { AppError } from "@/lib/errors";

/**
 * Deactivating hides an organisation from the reporting form; reports that name it keep it. Organisations are
 * never deleted.
 */
export async function setOrganisationActive(db: PrismaClient, actor: Actor | null, input: TSetActive) {
  const admin = await assertPermission(db, actor, "admin:manage");
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id: input.id }, select: { isActive: true } });
    if (!before) throw new AppError("NOT_FOUND", "Organisationen finns inte.");
    if (before.isActive === input.isActive) return { changed: false };
    await tx.organisation.update({ where: { id: input.id }, data: { isActive: input.isActive } });
    await writeAudit(tx, {
      action: "ORGANISATION_CHANGED",
      actorId: admin.id,
      actorLabel: admin.id,
      data: {
        organisationId: input.id,
        change: input.isActive ? "reactivated" : "deactivated",
        isActiveFrom: before.isActive,
        isActiveTo: input.isActive,
      },
    });
    return { changed: true };
  });
}
