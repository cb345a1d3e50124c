import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";

export interface AnnualReportVersionItem {
  id: string;
  savedAt: Date;
  /** The staff member's name, or "Okänd användare" for an account that no longer resolves. */
  savedByName: string;
}

export const UNKNOWN_SAVER = "Okänd användare";

/** The names of the staff who saved, by id. */
export async function saverNames(
  db: Pick<PrismaClient, "user">,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true },
  });
  return new Map(users.map((user) => [user.id, user.name]));
}

/** Every saved version of a year's report, newest first: who saved it and when. */
export async function listAnnualReportVersions(
  db: PrismaClient,
  actor: Actor,
  year: number,
): Promise<AnnualReportVersionItem[]> {
  await assertPermission(db, actor, "anonymised:read");
  const versions = await db.annualReportVersion.findMany({
    where: { year },
    orderBy: [{ savedAt: "desc" }, { id: "desc" }],
    select: { id: true, savedAt: true, savedById: true },
    take: 500,
  });
  const names = await saverNames(
    db,
    versions.map((v) => v.savedById),
  );
  return versions.map((v) => ({
    id: v.id,
    savedAt: v.savedAt,
    savedByName: names.get(v.savedById) ?? UNKNOWN_SAVER,
  }));
}
