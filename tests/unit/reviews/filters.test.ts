import { describe, expect, it } from "vitest";
import {
  filterParams,
  hasActiveFilters,
  matchesReviewFilters,
  meetingHref,
  parsePosition,
  parseReviewFilters,
  parseYear,
  reviewCaseHref,
  reviewFilterOptions,
  reviewListHref,
  withKnownOptions,
  type ReviewFilterable,
} from "@/lib/reviews/filters";

const item = (values: Partial<ReviewFilterable> = {}): ReviewFilterable => ({
  categoryIds: ["kat-sip", "kat-rutiner"],
  areaIds: ["omr-svu"],
  reporterHuvudman: "KOMMUN",
  solved: "DELVIS",
  escalated: false,
  reviewed: false,
  ...values,
});

describe("parsing the filters in the URL", () => {
  it("reads every filter, case-insensitively where the value is a word", () => {
    expect(
      parseReviewFilters({
        kategori: "kat-sip",
        omrade: "omr-svu",
        huvudman: "Region",
        lost: "DELVIS",
        lyft: "ja",
        granskad: "nej",
      }),
    ).toEqual({
      kategori: "kat-sip",
      omrade: "omr-svu",
      huvudman: "REGION",
      lost: "DELVIS",
      lyft: "ja",
      granskad: "nej",
    });
  });

  it("leaves out empty, unknown and malformed values instead of failing", () => {
    expect(parseReviewFilters({})).toEqual({});
    expect(
      parseReviewFilters({
        kategori: "",
        omrade: "<script>",
        huvudman: "landsting",
        lost: "kanske",
        lyft: "1",
        granskad: " ",
        okand: "x",
      }),
    ).toEqual({});
    expect(parseReviewFilters({ kategori: "x".repeat(41) })).toEqual({});
  });

  it("takes the first of a repeated parameter", () => {
    expect(parseReviewFilters({ lyft: ["nej", "ja"], kategori: ["a", "b"] })).toEqual({
      lyft: "nej",
      kategori: "a",
    });
  });

  it("reads the year and the meeting position", () => {
    expect(parseYear("2026")).toBe(2026);
    expect(parseYear(["2025", "2026"])).toBe(2025);
    for (const odd of [undefined, "", "26", "1999", "2101", "2026a", "20.6"])
      expect(parseYear(odd)).toBeUndefined();
    expect(parsePosition("3")).toBe(3);
    for (const odd of [undefined, "0", "-1", "2.5", "tre", "999999"]) expect(parsePosition(odd)).toBe(1);
  });
});

describe("links keep the filters", () => {
  const filters = parseReviewFilters({ granskad: "nej", huvudman: "kommun", kategori: "kat-sip" });

  it("writes them in a fixed order, leaving out those not set", () => {
    expect(filterParams(filters).toString()).toBe("kategori=kat-sip&huvudman=kommun&granskad=nej");
    expect(filterParams({}).toString()).toBe("");
    expect(hasActiveFilters(filters)).toBe(true);
    expect(hasActiveFilters({})).toBe(false);
  });

  it("builds the list, meeting and brist addresses, and reads back what it wrote", () => {
    expect(reviewListHref(2026)).toBe("/arbetsgrupp?ar=2026");
    expect(reviewListHref(2026, filters)).toBe(
      "/arbetsgrupp?ar=2026&kategori=kat-sip&huvudman=kommun&granskad=nej",
    );
    expect(meetingHref(2026, filters, 3)).toBe(
      "/arbetsgrupp/granskning/2026?nr=3&kategori=kat-sip&huvudman=kommun&granskad=nej",
    );
    expect(reviewCaseHref("abc")).toBe("/arbetsgrupp/abc");
    expect(reviewCaseHref("abc", filters, 3)).toBe(
      "/arbetsgrupp/abc?kategori=kat-sip&huvudman=kommun&granskad=nej&granskning=3",
    );
    const roundTrip = Object.fromEntries(new URL(meetingHref(2026, filters, 3), "http://x").searchParams);
    expect(parseReviewFilters(roundTrip)).toEqual(filters);
    expect(parsePosition(roundTrip.nr)).toBe(3);
  });
});

describe("matching a brist", () => {
  it("passes everything without filters", () => {
    expect(matchesReviewFilters(item(), {})).toBe(true);
  });

  it("checks each filter", () => {
    expect(matchesReviewFilters(item(), { kategori: "kat-sip" })).toBe(true);
    expect(matchesReviewFilters(item(), { kategori: "kat-annan" })).toBe(false);
    expect(matchesReviewFilters(item(), { omrade: "omr-svu" })).toBe(true);
    expect(matchesReviewFilters(item(), { omrade: "omr-sip" })).toBe(false);
    expect(matchesReviewFilters(item(), { huvudman: "KOMMUN" })).toBe(true);
    expect(matchesReviewFilters(item(), { huvudman: "REGION" })).toBe(false);
    expect(matchesReviewFilters(item({ reporterHuvudman: null }), { huvudman: "KOMMUN" })).toBe(false);
    expect(matchesReviewFilters(item(), { lost: "DELVIS" })).toBe(true);
    expect(matchesReviewFilters(item(), { lost: "JA" })).toBe(false);
    expect(matchesReviewFilters(item({ solved: null }), { lost: "OKANT" })).toBe(true);
    expect(matchesReviewFilters(item(), { lost: "OKANT" })).toBe(false);
    expect(matchesReviewFilters(item({ escalated: true }), { lyft: "ja" })).toBe(true);
    expect(matchesReviewFilters(item(), { lyft: "ja" })).toBe(false);
    expect(matchesReviewFilters(item(), { lyft: "nej" })).toBe(true);
    expect(matchesReviewFilters(item({ reviewed: true }), { granskad: "ja" })).toBe(true);
    expect(matchesReviewFilters(item(), { granskad: "ja" })).toBe(false);
  });

  it("needs every filter set to match", () => {
    expect(matchesReviewFilters(item(), { kategori: "kat-sip", huvudman: "KOMMUN", granskad: "nej" })).toBe(
      true,
    );
    expect(matchesReviewFilters(item(), { kategori: "kat-sip", huvudman: "REGION" })).toBe(false);
  });
});

describe("the filters' options", () => {
  const items = [
    { categories: [{ id: "b", name: "rutiner" }], areas: [{ id: "x", name: "SVU/utskrivning" }] },
    {
      categories: [
        { id: "a", name: "kommunikation" },
        { id: "b", name: "rutiner" },
      ],
      areas: [{ id: "y", name: "Barn och unga" }],
    },
  ];

  it("lists each category and area of the year's brister once, alphabetically", () => {
    expect(reviewFilterOptions(items)).toEqual({
      categories: [
        { value: "a", label: "kommunikation" },
        { value: "b", label: "rutiner" },
      ],
      areas: [
        { value: "y", label: "Barn och unga" },
        { value: "x", label: "SVU/utskrivning" },
      ],
    });
  });

  it("drops a category or area filter the year does not have", () => {
    const options = reviewFilterOptions(items);
    expect(withKnownOptions({ kategori: "a", omrade: "x", lyft: "ja" }, options)).toEqual({
      kategori: "a",
      omrade: "x",
      lyft: "ja",
    });
    expect(withKnownOptions({ kategori: "z", omrade: "q", lyft: "ja" }, options)).toEqual({ lyft: "ja" });
  });
});
