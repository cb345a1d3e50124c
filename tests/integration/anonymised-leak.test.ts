import { beforeEach, describe, expect, it } from "vitest";
import { countAnonymisedByYear } from "@/lib/anonymised-cases/count-anonymised-by-year";
import { getAnonymisedCase } from "@/lib/anonymised-cases/get-anonymised-case";
import { listAnonymisedCases } from "@/lib/anonymised-cases/list-anonymised-cases";
import type { Actor } from "@/lib/auth/assert-permission";
import { ensureReferenceData } from "@/lib/reference-data/ensure-reference-data";
import { createUser } from "@/lib/users/create-user";
import {
  createPlantedAnonymisedCase,
  PLANTED_IDENTITIES,
  PLANTED_STRINGS,
} from "../factories/anonymised-case-factory";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();

async function staff(role: Actor["role"], email: string): Promise<Actor> {
  const user = await createUser(
    db.prisma,
    { name: email, email, role, password: "ett-langt-losenord-1" },
    null,
  );
  return { id: user.id, role: user.role };
}

beforeEach(async () => {
  await ensureReferenceData(db.prisma, { now: new Date() });
});

describe("the arbetsgrupp's reads never hold what was planted in the original", () => {
  it("leaks no identifier from any free text, contact field or reply of several reports", async () => {
    const redactor = await staff("SAMORDNARE", "samordnare@example.se");
    const approver = await staff("SAMORDNARE", "kollega@example.se");
    const arbetsgrupp = await staff("ARBETSGRUPP", "arbetsgrupp@example.se");
    const cases = [];
    for (const [index, identity] of [...PLANTED_IDENTITIES, PLANTED_IDENTITIES[0]].entries()) {
      cases.push(await createPlantedAnonymisedCase(db.prisma, { redactor, approver, identity, index }));
    }
    // The planting reached the original: otherwise the test below proves nothing.
    const original = await db.prisma.report.findUniqueOrThrow({
      where: { id: cases[0]!.reportId },
      include: { measures: true, messages: true },
    });
    for (const planted of Object.values(PLANTED_IDENTITIES[0]))
      expect(JSON.stringify(original)).toContain(planted);

    const years = [
      ...new Set((await db.prisma.report.findMany({ select: { year: true } })).map((r) => r.year)),
    ];
    const results: unknown[] = [
      await countAnonymisedByYear(db.prisma, arbetsgrupp),
      await listAnonymisedCases(db.prisma, arbetsgrupp),
      ...(await Promise.all(years.map((year) => listAnonymisedCases(db.prisma, arbetsgrupp, { year })))),
    ];
    for (const { reportId } of cases) results.push(await getAnonymisedCase(db.prisma, arbetsgrupp, reportId));

    expect((results[1] as unknown[]).length).toBe(cases.length);
    for (const result of results) {
      const json = JSON.stringify(result);
      for (const planted of PLANTED_STRINGS)
        expect(json, `${planted} in ${json.slice(0, 200)}`).not.toContain(planted);
    }
    // The redacted texts are there, placeholders in place of what was removed.
    const read = JSON.stringify(results.at(-1));
    for (const placeholder of [
      "[namn]",
      "[personnummer]",
      "[telefon]",
      "[e-post]",
      "[adress]",
      "[ort]",
      "[datum]",
    ]) {
      expect(read).toContain(placeholder);
    }
    expect(read).toContain("Rapportörens svar 1");
  });
});
