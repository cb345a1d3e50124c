import type { PrismaClient } from "@/generated/prisma/client";
import { createUser } from "@/lib/users/create-user";
import { createPlantedAnonymisedCase, PLANTED_IDENTITIES } from "../factories/anonymised-case-factory";
import { E2E_PASSWORD, E2E_SECOND_COORDINATOR, E2E_USERS } from "./users";

/**
 * The second coordinator, and two anonymised brister with known identifiers planted in every free text, taken
 * through the real operations (submitted, registered, redacted with the suggestions accepted by one coordinator,
 * approved by the other): what anonymised-leak.spec.ts must never find on the arbetsgrupp's pages. Run once per
 * database: a database that already has them is left as it is.
 */
export async function prepareAnonymisedCases(db: PrismaClient) {
  const exists = await db.user.findUnique({ where: { email: E2E_SECOND_COORDINATOR.email } });
  const second =
    exists ??
    (await createUser(db, { ...E2E_SECOND_COORDINATOR, role: "SAMORDNARE", password: E2E_PASSWORD }, null));
  if ((await db.report.count({ where: { reporterEmail: PLANTED_IDENTITIES[0].email } })) > 0) return;
  const first = await db.user.findUniqueOrThrow({ where: { email: E2E_USERS.SAMORDNARE.email } });
  for (const [index, identity] of PLANTED_IDENTITIES.entries()) {
    await createPlantedAnonymisedCase(db, {
      redactor: { id: first.id, role: "SAMORDNARE" },
      approver: { id: second.id, role: "SAMORDNARE" },
      identity,
      index,
    });
  }
}
