import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/assert-permission";
import { listCases, PAGE_SIZE, SEARCH_COUNT_LIMIT } from "@/lib/cases/list-cases";
import { ZCaseFilters } from "@/lib/cases/schemas";
import { createUser } from "@/lib/users/create-user";
import { createReferenceData } from "../setup/db-helpers";
import { createTestDb, type TestDb } from "../setup/test-db";

/**
 * The inbox's free-text search over more brister than it counts: whatever the word, the sort, the page or the
 * other filters, it lists the same cases in the same order as the plain query that gathers every match and sorts
 * them, and it counts exactly up to its limit and says "more than" past it.
 */

// One database for the whole file: the tests only read what beforeAll wrote.
let db: TestDb;
let samordnare: Actor;

// A common word ("hemtjänsten", in about four reports of five), words only in measures ("samordnad" common,
// "rutinen" less so), rare words ("avhysningen") and words between.
const COMMON = ["hemtjänsten", "kallelse", "vårdplan", "utskrivning", "sjukhuset"];
const RARE = ["avhysningen", "tolk", "rullstol"];
const N = SEARCH_COUNT_LIMIT + 250;

/** A small deterministic random generator, so that a failure can be repeated. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

afterAll(async () => {
  await db?.close();
});

beforeAll(async () => {
  db = await createTestDb();
  const ids = await createReferenceData(db.prisma);
  const user = await createUser(
    db.prisma,
    {
      name: "Test Samordnare",
      email: "samordnare@example.se",
      role: "SAMORDNARE",
      password: "ett-langt-losenord-1",
    },
    null,
  );
  samordnare = { id: user.id, role: user.role };
  const random = generator(12);
  const statuses = ["INKOMMEN", "REGISTRERAD", "UNDER_HANDLAGGNING", "AVSLUTAD"] as const;
  const start = Date.UTC(2025, 0, 1);
  const reports = Array.from({ length: N }, (_, i) => {
    const words = [
      random() < 0.8 ? "hemtjänsten" : "socialtjänsten",
      ...COMMON.filter(() => random() < 0.5),
      ...RARE.filter(() => random() < 0.01),
    ];
    // Every fifth report shares its time with the one before: the order's tie-break (the id) matters.
    const at = new Date(start + (i - (i % 5 === 4 ? 1 : 0)) * 3_600_000);
    const sequence = i + 1;
    return {
      id: `r${String(Math.floor(random() * 1e9)).padStart(9, "0")}${i}`,
      reference: `BIS-2025-${String(sequence).padStart(4, "0")}`,
      year: 2025,
      sequence,
      submissionKey: `k${i}`,
      status: statuses[i % statuses.length]!,
      submittedAt: at,
      lastActivityAt: at,
      reporterName: "Rapportör",
      reporterEmail: "rapportor@example.se",
      organisationId: ids.organisationId,
      unit: "Enhet",
      reporterRole: "Handläggare",
      hasConsultedChef: true,
      description: `Brist ${i}: ${words.join(" ")} fick inget besked.`,
      actionsTaken: "Kontakt togs.",
      dialogueHeld: false,
      participants: [],
      diarienummer: i % 3 === 0 ? `SOF 2025/${sequence}` : null,
    };
  });
  await db.prisma.report.createMany({ data: reports });
  // Measures: "samordnad" only in measures, of more reports than the limit; "rutinen" in some hundreds.
  const measures = [
    { text: "Samordnad utskrivning planeras.", share: 0.9 },
    { text: "Rutinen ses över.", share: 0.4 },
    { text: "En tolk bokas i tid.", share: 0.03 },
  ];
  await db.prisma.measure.createMany({
    data: measures.flatMap(({ text, share }) =>
      reports
        .filter(() => random() < share)
        .map((report) => ({ reportId: report.id, description: text, responsibleParty: "Kommunen" })),
    ),
  });
});

// The orders of the inbox, written out again for the plain query.
const ORDER = {
  nyast: `r."submittedAt" DESC, r."id" DESC`,
  aldst: `r."submittedAt" ASC, r."id" ASC`,
  referens: `r."year" ASC, r."sequence" ASC`,
  status: `r."status" ASC, r."submittedAt" DESC, r."id" DESC`,
} as const;

/** Every case the text finds, in the order asked for: each report and its measures read in full. */
async function everyMatch(text: string, sortering: keyof typeof ORDER, status?: string) {
  const query = Prisma.sql`websearch_to_tsquery('swedish', ${text})`;
  const pattern = `%${text.toLowerCase()}%`;
  const rows = await db.prisma.$queryRaw<{ reference: string }[]>(Prisma.sql`
    SELECT r."reference" FROM "Report" r
    WHERE (${status ?? null}::text IS NULL OR r."status"::text = ${status ?? null})
      AND (r."searchVector" @@ ${query} OR r."searchText" LIKE ${pattern}
        OR EXISTS (SELECT 1 FROM "Measure" m WHERE m."reportId" = r."id"
          AND (m."searchVector" @@ ${query} OR m."searchText" LIKE ${pattern})))
    ORDER BY ${Prisma.raw(ORDER[sortering])}`);
  return rows.map((row) => row.reference);
}

async function inbox(filters: Record<string, string>) {
  return listCases(db.prisma, samordnare, ZCaseFilters.parse(filters));
}

describe("the inbox's search over more brister than it counts", () => {
  it("counts a common word up to its limit and says it found more", async () => {
    const all = await everyMatch("hemtjänsten", "nyast");
    expect(all.length).toBeGreaterThan(SEARCH_COUNT_LIMIT);
    const found = await inbox({ sok: "hemtjänsten" });
    expect(found).toMatchObject({ total: SEARCH_COUNT_LIMIT, totalCapped: true });
    // The pages known to exist: those the limit fills, and one more.
    expect(found.pageCount).toBe(SEARCH_COUNT_LIMIT / PAGE_SIZE + 1);
    expect(found.cases.map((c) => c.reference)).toEqual(all.slice(0, PAGE_SIZE));
  });

  it("counts exactly below the limit, also when only measures match", async () => {
    for (const text of ["avhysningen", "tolk", "rullstol", "SOF 2025/3"]) {
      const all = await everyMatch(text, "nyast");
      expect(all.length).toBeLessThanOrEqual(SEARCH_COUNT_LIMIT);
      const found = await inbox({ sok: text });
      expect(found, text).toMatchObject({ total: all.length, totalCapped: false });
      expect(found.pageCount).toBe(Math.max(1, Math.ceil(all.length / PAGE_SIZE)));
      expect(found.cases.map((c) => c.reference)).toEqual(all.slice(0, PAGE_SIZE));
    }
    // "rutinen" is in no report's own text but in hundreds of measures; "samordnad" in more than the limit.
    const measures = await everyMatch("rutiner", "nyast");
    expect(measures.length).toBeGreaterThan(PAGE_SIZE);
    expect((await inbox({ sok: "rutiner" })).total).toBe(measures.length);
    expect((await everyMatch("samordnad", "nyast")).length).toBeGreaterThan(SEARCH_COUNT_LIMIT);
    expect(await inbox({ sok: "samordnad" })).toMatchObject({ total: SEARCH_COUNT_LIMIT, totalCapped: true });
  });

  it(
    "lists the same cases in the same order as gathering and sorting every match",
    { timeout: 120_000 },
    async () => {
      const texts = [
        "hemtjänsten",
        "kallelser vårdplan",
        "rutiner",
        "samordnad",
        "utskrivning",
        "tjänsten",
        "avhysningen",
      ];
      for (const text of texts) {
        for (const sortering of Object.keys(ORDER) as (keyof typeof ORDER)[]) {
          const all = await everyMatch(text, sortering);
          const lastPage = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
          for (const sida of new Set([1, 2, 40, 41, 42, lastPage])) {
            if (sida > lastPage) continue;
            const found = await inbox({ sok: text, sortering, sida: String(sida) });
            const expected = all.slice((sida - 1) * PAGE_SIZE, sida * PAGE_SIZE);
            expect(
              found.cases.map((c) => c.reference),
              `${text}, ${sortering}, page ${sida}`,
            ).toEqual(expected);
            // Counted to the end of the page at least, so a later page is never past what was counted.
            const limit = Math.max(SEARCH_COUNT_LIMIT, sida * PAGE_SIZE);
            expect(found.totalCapped).toBe(all.length > limit);
            expect(found.total).toBe(Math.min(all.length, limit));
            expect(found.pageCount).toBeGreaterThanOrEqual(sida);
          }
        }
      }
    },
  );

  it("applies the other filters to both the report's text and its measures", async () => {
    for (const text of ["hemtjänsten", "samordnad", "rutiner", "tolk"]) {
      const all = await everyMatch(text, "nyast", "REGISTRERAD");
      const found = await inbox({ sok: text, status: "REGISTRERAD" });
      expect(
        found.cases.map((c) => c.reference),
        text,
      ).toEqual(all.slice(0, PAGE_SIZE));
      expect(found.total).toBe(Math.min(all.length, SEARCH_COUNT_LIMIT));
      expect(found.totalCapped).toBe(all.length > SEARCH_COUNT_LIMIT);
    }
  });

  it("finds a reference exactly, and counts the cases without a search exactly", async () => {
    const found = await inbox({ sok: "bis-2025-7" });
    expect(found).toMatchObject({ total: 1, totalCapped: false, pageCount: 1 });
    expect(found.cases.map((c) => c.reference)).toEqual(["BIS-2025-0007"]);
    expect(await inbox({})).toMatchObject({ total: N, totalCapped: false });
    expect(await inbox({ sida: "3" })).toMatchObject({ total: N, pageCount: Math.ceil(N / PAGE_SIZE) });
  });
});
