import { describe, expect, it } from "vitest";
import { COMMENT_MAX, CONFIRM_COMMENT, NO_CATEGORY, ZSaveCaseReview } from "@/lib/reviews/schemas";

const valid = {
  reportId: "rapport-1",
  version: "",
  categoryIds: ["kat-1", "kat-2"],
  comment: "Kallelsen fastnade mellan verksamheterna.",
  identifierConfirmations: [],
  isReportExample: false,
  isFocusCase: true,
};

function errors(values: Record<string, unknown>) {
  const parsed = ZSaveCaseReview.safeParse(values);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("the analysis form's schema", () => {
  it("accepts categories, a comment and the flags", () => {
    expect(ZSaveCaseReview.parse(valid)).toEqual(valid);
  });

  it("needs at least one category, and takes each once", () => {
    expect(errors({ ...valid, categoryIds: [] })).toEqual([`categoryIds: ${NO_CATEGORY}`]);
    expect(errors({ ...valid, categoryIds: false })).toEqual([`categoryIds: ${NO_CATEGORY}`]);
    expect(ZSaveCaseReview.parse({ ...valid, categoryIds: "kat-1" }).categoryIds).toEqual(["kat-1"]);
    expect(ZSaveCaseReview.parse({ ...valid, categoryIds: ["kat-1", "kat-1"] }).categoryIds).toEqual([
      "kat-1",
    ]);
  });

  it("limits the comment's length and trims it", () => {
    expect(ZSaveCaseReview.parse({ ...valid, comment: "  kort  " }).comment).toBe("kort");
    expect(ZSaveCaseReview.parse({ ...valid, comment: "" }).comment).toBe("");
    expect(errors({ ...valid, comment: "a".repeat(COMMENT_MAX) })).toEqual([]);
    expect(errors({ ...valid, comment: "a".repeat(COMMENT_MAX + 1) })).toEqual([
      `comment: Kommentaren får vara högst ${COMMENT_MAX} tecken.`,
    ]);
  });

  it("refuses a personnummer or samordningsnummer in the comment", () => {
    expect(errors({ ...valid, comment: "Gäller 19121212-1212." })).toEqual([
      "comment: Ta bort personnumret ur kommentaren. Analysen får inte innehålla personnummer eller samordningsnummer.",
    ]);
  });

  it("accepts other identifying details only once confirmed", () => {
    const comment = "Anna Svensson ringde den 12 mars 2026.";
    expect(errors({ ...valid, comment })).toEqual([`identifierConfirmations: ${CONFIRM_COMMENT}`]);
    expect(errors({ ...valid, comment, identifierConfirmations: ["namn"] })).toEqual([
      `identifierConfirmations: ${CONFIRM_COMMENT}`,
    ]);
    expect(errors({ ...valid, comment, identifierConfirmations: ["namn", "datum"] })).toEqual([]);
  });

  it("reads the flags as booleans", () => {
    const parsed = ZSaveCaseReview.parse({ ...valid, isReportExample: "on", isFocusCase: undefined });
    expect(parsed).toMatchObject({ isReportExample: true, isFocusCase: false });
  });
});
