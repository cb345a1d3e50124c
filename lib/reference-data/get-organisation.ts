import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";

export async function getOrganisation(db: PrismaClient, actor: Actor | null, id: string) {
  await assertPermission(db, actor, "admin:manage");
  return db.organisation.findUnique({
    where: { id },
    select: { id: true, name: true, huvudman: true, isActive: true, sortOrder: true, emailDomains: true },
  });
}
