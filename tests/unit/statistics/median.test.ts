import { describe, expect, it } from "vitest";
import { median, summariseDurations } from "@/lib/statistics/compute";

describe("median", () => {
  it("takes the middle value of an odd count, in any order", () => {
    expect(median([30, 5, 10, 8, 20])).toBe(10);
  });

  it("takes the mean of the middle two of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([3, 9, 5, 7])).toBe(6);
  });

  it("ignores null", () => {
    expect(median([null, 7, null, 1, 4])).toBe(4);
    expect(median([null, 2, null, 3])).toBe(2.5);
  });

  it("is null when every value is null, or there are none", () => {
    expect(median([null, null])).toBeNull();
    expect(median([])).toBeNull();
  });

  it("handles one value and zero days", () => {
    expect(median([0])).toBe(0);
    expect(median([0, 0, 1])).toBe(0);
  });

  it("summarises with how many values there were", () => {
    expect(summariseDurations([null, 2, null, 3])).toEqual({ median: 2.5, count: 2 });
    expect(summariseDurations([null])).toEqual({ median: null, count: 0 });
  });
});
