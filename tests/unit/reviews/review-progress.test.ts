import { describe, expect, it } from "vitest";
import { progressText, reviewProgress } from "@/lib/reviews/review-progress";

const items = (reviewed: number, total: number) =>
  Array.from({ length: total }, (_, index) => ({ reviewed: index < reviewed }));

describe("review progress", () => {
  it("counts the reviewed brister and the share", () => {
    expect(reviewProgress(items(12, 29))).toEqual({ reviewed: 12, total: 29, percent: 41 });
    expect(reviewProgress(items(0, 29))).toEqual({ reviewed: 0, total: 29, percent: 0 });
    expect(reviewProgress(items(29, 29))).toEqual({ reviewed: 29, total: 29, percent: 100 });
  });

  it("says 100 % only when all are done and 0 % only when none is", () => {
    expect(reviewProgress(items(199, 200)).percent).toBe(99);
    expect(reviewProgress(items(1, 300)).percent).toBe(1);
  });

  it("has nothing to count in a year without brister", () => {
    expect(reviewProgress([])).toEqual({ reviewed: 0, total: 0, percent: 0 });
  });

  it("reads as a sentence", () => {
    expect(progressText({ reviewed: 12, total: 29 })).toBe("12 av 29 brister granskade");
    expect(progressText({ reviewed: 0, total: 1 })).toBe("0 av 1 brist granskad");
    expect(progressText({ reviewed: 0, total: 0 })).toBe("0 av 0 brister granskade");
  });
});
