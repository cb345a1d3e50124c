import { beforeEach, describe, expect, it } from "vitest";
import { listReviewCases } from "@/lib/anonymised-cases/list-anonymised-cases";
import { listStatisticsCases } from "@/lib/anonymised-cases/list-statistics-cases";
import type { Actor } from "@/lib/auth/assert-permission";
import { ensureReferenceData } from "@/lib/reference-data/ensure-reference-data";
import { getCaseReview } from "@/lib/reviews/get-case-review";
import { reviewProgress } from "@/lib/reviews/review-progress";
import { REVIEW_CONFLICT, saveCaseReview } from "@/lib/reviews/save-case-review";
import { ZSaveCaseReview, type TSaveCaseReview } from "@/lib/reviews/schemas";
import { createUser } from "@/lib/users/create-user";
import { createPlantedAnonymisedCase, PLANTED_IDENTITIES } from "../factories/anonymised-case-factory";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();

const COMMENT = "Kallelsen fastnade mellan verksamheterna och ingen ägde frågan om SIP.";

let redactor: Actor;
let approver: Actor;
let arbetsgrupp: Actor;

async function staff(role: Actor["role"], email: string): Promise<Actor> {
  const user = await createUser(
    db.prisma,
    { name: `Test ${email}`, email, role, password: "ett-langt-losenord-1" },
    null,
  );
  return { id: user.id, role: user.role };
}

/** An approved anonymised brist the arbetsgrupp can read, with the coordinators' categories. */
async function readableCase(index = 0) {
  const { reportId } = await createPlantedAnonymisedCase(db.prisma, {
    redactor,
    approver,
    identity: PLANTED_IDENTITIES[index % PLANTED_IDENTITIES.length]!,
    index,
  });
  const { year } = await db.prisma.anonymisedCase.findUniqueOrThrow({ where: { reportId } });
  const classification = await db.prisma.reportCategory.findMany({ where: { reportId } });
  return { reportId, year, classificationIds: classification.map((c) => c.categoryId).sort() };
}

async function categoryIds(year: number, names: string[]) {
  const rows = await db.prisma.category.findMany({ where: { year, name: { in: names } } });
  expect(rows).toHaveLength(names.length);
  return rows.map((row) => row.id).sort();
}

function input(reportId: string, values: Partial<TSaveCaseReview> = {}): TSaveCaseReview {
  return {
    reportId,
    version: "",
    categoryIds: [],
    comment: COMMENT,
    identifierConfirmations: [],
    isReportExample: false,
    isFocusCase: false,
    ...values,
  };
}

beforeEach(async () => {
  await ensureReferenceData(db.prisma, { now: new Date() });
  redactor = await staff("SAMORDNARE", "samordnare@example.se");
  approver = await staff("SAMORDNARE", "kollega@example.se");
  arbetsgrupp = await staff("ARBETSGRUPP", "arbetsgrupp@example.se");
});

describe("saving the arbetsgrupp's analysis", () => {
  it("writes the review, its categories and an audit row with ids and flags but never the comment", async () => {
    const { reportId, year } = await readableCase();
    const chosen = await categoryIds(year, ["kommunikation", "bemötande/bristande engagemang"]);
    const result = await saveCaseReview(
      db.prisma,
      arbetsgrupp,
      input(reportId, { categoryIds: chosen, isReportExample: true }),
    );
    expect(result.isRevision).toBe(false);

    const review = await db.prisma.caseReview.findUniqueOrThrow({
      where: { reportId },
      include: { categories: true },
    });
    expect(review).toMatchObject({
      year,
      comment: COMMENT,
      isReportExample: true,
      isFocusCase: false,
      reviewedById: arbetsgrupp.id,
    });
    expect(review.categories.map((c) => c.categoryId).sort()).toEqual(chosen);
    expect(result.version).toBe(review.updatedAt.toISOString());

    const audit = await db.prisma.auditLog.findMany({ where: { reportId, action: "CASE_REVIEW_SAVED" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: arbetsgrupp.id });
    expect(audit[0]!.data).toEqual({
      year,
      isRevision: false,
      categoriesFrom: null,
      categoriesTo: chosen.join(","),
      isReportExample: true,
      isFocusCase: false,
    });
    expect(JSON.stringify(audit[0])).not.toContain("Kallelsen");
  });

  it("lets a coordinator change it with the version read, and refuses a save over someone else's", async () => {
    const { reportId, year } = await readableCase();
    const first = await categoryIds(year, ["SIP"]);
    const second = await categoryIds(year, ["rutiner", "SIP"]);
    const saved = await saveCaseReview(db.prisma, arbetsgrupp, input(reportId, { categoryIds: first }));

    const changed = await saveCaseReview(
      db.prisma,
      redactor,
      input(reportId, { version: saved.version, categoryIds: second, isFocusCase: true, comment: "" }),
    );
    expect(changed.isRevision).toBe(true);
    expect(changed.version).not.toBe(saved.version);
    const review = await db.prisma.caseReview.findUniqueOrThrow({
      where: { reportId },
      include: { categories: true },
    });
    expect(review).toMatchObject({ reviewedById: redactor.id, isFocusCase: true, comment: "" });
    expect(review.categories.map((c) => c.categoryId).sort()).toEqual(second);

    // The arbetsgrupp's form was opened on the first version.
    await expect(
      saveCaseReview(db.prisma, arbetsgrupp, input(reportId, { version: saved.version, categoryIds: first })),
    ).rejects.toMatchObject({ code: "CONFLICT", message: REVIEW_CONFLICT });
    // A form opened before any analysis existed.
    await expect(
      saveCaseReview(db.prisma, arbetsgrupp, input(reportId, { categoryIds: first })),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const audit = await db.prisma.auditLog.findMany({
      where: { reportId, action: "CASE_REVIEW_SAVED" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((row) => row.actorId)).toEqual([arbetsgrupp.id, redactor.id]);
    expect(audit[1]!.data).toMatchObject({
      isRevision: true,
      categoriesFrom: first.join(","),
      categoriesTo: second.join(","),
      isFocusCase: true,
    });
  });

  it("refuses an administrator and anyone not signed in, and audits the refusal", async () => {
    const admin = await staff("ADMIN", "admin@example.se");
    const { reportId, year } = await readableCase();
    const chosen = await categoryIds(year, ["SIP"]);
    await expect(
      saveCaseReview(db.prisma, admin, input(reportId, { categoryIds: chosen })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      saveCaseReview(db.prisma, null, input(reportId, { categoryIds: chosen })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getCaseReview(db.prisma, admin, reportId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listReviewCases(db.prisma, null, { year })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.prisma.caseReview.count()).toBe(0);
    const refusals = await db.prisma.auditLog.findMany({ where: { action: "ACCESS_REFUSED", reportId } });
    expect(refusals.map((row) => row.actorId)).toEqual([admin.id]);
    // The anonymous caller's refusals are counted per window (decision 014).
    expect(await db.prisma.refusalCount.aggregate({ _sum: { count: true } })).toEqual({ _sum: { count: 2 } });
  });

  it("accepts only the categories of the brist's own year, and a deactivated one only where already chosen", async () => {
    const { reportId, year, classificationIds } = await readableCase();
    const otherYear = await db.prisma.category.create({ data: { name: "kommunikation", year: year + 1 } });
    const mine = await categoryIds(year, ["rutiner"]);
    for (const categoryIds of [[otherYear.id], [...mine, otherYear.id], ["finns-inte"]]) {
      await expect(
        saveCaseReview(db.prisma, arbetsgrupp, input(reportId, { categoryIds })),
      ).rejects.toMatchObject({ code: "INVALID" });
    }

    const [retired] = await categoryIds(year, ["individfokus"]);
    const [classified] = classificationIds;
    await db.prisma.category.updateMany({
      where: { id: { in: [retired!, classified!] } },
      data: { isActive: false },
    });
    await expect(
      saveCaseReview(db.prisma, arbetsgrupp, input(reportId, { categoryIds: [retired!] })),
    ).rejects.toMatchObject({ code: "INVALID" });
    // The coordinators chose it before it was deactivated: it may stay.
    await saveCaseReview(db.prisma, arbetsgrupp, input(reportId, { categoryIds: [classified!, ...mine] }));
    expect(await db.prisma.reviewCategory.count({ where: { reportId } })).toBe(2);
  });

  it("refuses a personnummer in the comment, whatever the browser checked", async () => {
    const { reportId, year } = await readableCase();
    const chosen = await categoryIds(year, ["SIP"]);
    await expect(
      saveCaseReview(
        db.prisma,
        arbetsgrupp,
        input(reportId, { categoryIds: chosen, comment: "Gäller 19121212-1212 som inte fick någon SIP." }),
      ),
    ).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("personnumret") });
    expect(await db.prisma.caseReview.count()).toBe(0);
  });

  it("refuses a brist the arbetsgrupp cannot read", async () => {
    const { reportId, year } = await readableCase();
    const chosen = await categoryIds(year, ["SIP"]);
    await db.prisma.anonymisedCase.update({ where: { reportId }, data: { state: "UTKAST" } });
    await expect(
      saveCaseReview(db.prisma, arbetsgrupp, input(reportId, { categoryIds: chosen })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCaseReview(db.prisma, arbetsgrupp, reportId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("reading the analysis", () => {
  it("starts from the coordinators' categories until the group saves its own, and flags names in the comment", async () => {
    const { reportId, year, classificationIds } = await readableCase();
    const before = await getCaseReview(db.prisma, arbetsgrupp, reportId);
    expect(before).toMatchObject({ isReviewed: false, version: "", comment: "", reviewedBy: null });
    expect([...before.categoryIds].sort()).toEqual(classificationIds);
    const active = await db.prisma.category.count({ where: { year, isActive: true } });
    expect(before.categoryOptions).toHaveLength(active);

    const chosen = await categoryIds(year, ["kompetens hos den enskilde individen eller inom verksamheten"]);
    // The light check (the browser's) sees the listed name; only the server's also sees the surname alone.
    const comment = "Hjalmar Eriksson på mottagningen visste inte om rutinen, och inte Wrzesniak heller.";
    const parsed = ZSaveCaseReview.safeParse({ ...input(reportId, { categoryIds: chosen, comment }) });
    expect(parsed.success).toBe(false);
    await saveCaseReview(
      db.prisma,
      arbetsgrupp,
      input(reportId, { categoryIds: chosen, comment, identifierConfirmations: ["namn"] }),
    );
    const after = await getCaseReview(db.prisma, arbetsgrupp, reportId);
    expect(after).toMatchObject({
      isReviewed: true,
      categoryIds: chosen,
      classificationCategoryIds: expect.arrayContaining(classificationIds),
      comment,
      reviewedBy: "Test arbetsgrupp@example.se",
    });
    expect(after.flags).toEqual([{ kind: "namn", snippets: ["Wrzesniak"], isPossible: true }]);
  });
});

describe("progress and statistics", () => {
  it("counts the reviewed brister of the year, and feeds the group's categories to the statistics", async () => {
    const first = await readableCase(0);
    const second = await readableCase(1);
    const third = await readableCase(2);
    const { year } = first;
    expect(reviewProgress(await listReviewCases(db.prisma, arbetsgrupp, { year }))).toEqual({
      reviewed: 0,
      total: 3,
      percent: 0,
    });
    const chosen = await categoryIds(year, ["förståelse för varandras uppdrag"]);
    await saveCaseReview(db.prisma, arbetsgrupp, input(second.reportId, { categoryIds: chosen }));

    const items = await listReviewCases(db.prisma, arbetsgrupp, { year });
    expect(items.map((item) => item.reviewed)).toEqual([false, true, false]);
    expect(reviewProgress(items)).toEqual({ reviewed: 1, total: 3, percent: 33 });
    const reviewed = items.find((item) => item.id === second.reportId)!;
    expect(reviewed).toMatchObject({ categoryIds: chosen, categoriesFrom: "ARBETSGRUPP" });
    expect(items.find((item) => item.id === first.reportId)).toMatchObject({
      categoryIds: expect.arrayContaining(first.classificationIds),
      categoriesFrom: "SAMORDNARE",
    });
    // The list holds no comment.
    expect(JSON.stringify(items)).not.toContain("Kallelsen");

    // A brist that leaves the group's view leaves the count too.
    await db.prisma.anonymisedCase.update({ where: { reportId: third.reportId }, data: { state: "UTKAST" } });
    expect(reviewProgress(await listReviewCases(db.prisma, arbetsgrupp, { year }))).toMatchObject({
      reviewed: 1,
      total: 2,
    });

    const stats = await listStatisticsCases(db.prisma, arbetsgrupp, { years: [year] });
    const byId = new Map(stats.map((c) => [c.id, c]));
    expect(byId.get(second.reportId)!.categories.map((c) => c.id)).toEqual(chosen);
    expect(
      byId
        .get(first.reportId)!
        .categories.map((c) => c.id)
        .sort(),
    ).toEqual(first.classificationIds);
  });
});
