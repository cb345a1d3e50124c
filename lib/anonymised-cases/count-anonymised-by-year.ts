import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { READABLE_RECORD } from "@/lib/anonymised-cases/labels";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";

/** How many anonymised brister the arbetsgrupp can read, per year, newest year first. */
export async function countAnonymisedByYear(
  db: PrismaClient,
  user: Actor | null,
): Promise<Array<{ year: number; count: number }>> {
  await assertPermission(db, user, "anonymised:read");
  const rows = await db.anonymisedCase.groupBy({
    by: ["year"],
    where: READABLE_RECORD,
    _count: { _all: true },
    orderBy: { year: "desc" },
  });
  return rows.map((row) => ({ year: row.year, count: row._count._all }));
}
