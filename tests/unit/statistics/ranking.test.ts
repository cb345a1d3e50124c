import { describe, expect, it } from "vitest";
import { topRanked } from "@/lib/statistics/compute";
import type { CountRow } from "@/lib/statistics/types";

function rows(counts: Record<string, number>): CountRow[] {
  return Object.entries(counts).map(([key, count]) => ({ key, label: key, count, share: null }));
}

function top(counts: Record<string, number>, places = 3) {
  const ranking = topRanked(rows(counts), places);
  return { keys: ranking.rows.map((r) => `${r.key}:${r.rank}`), tiedAtCutoff: ranking.tiedAtCutoff };
}

describe("the most common rows", () => {
  it("takes three when there is no tie at third place", () => {
    expect(top({ a: 5, b: 4, c: 3, d: 2 })).toEqual({ keys: ["a:1", "b:2", "c:3"], tiedAtCutoff: false });
  });

  it("takes all rows tied for third place", () => {
    expect(top({ a: 5, b: 4, c: 3, d: 3, e: 1 })).toEqual({
      keys: ["a:1", "b:2", "c:3", "d:3"],
      tiedAtCutoff: true,
    });
  });

  it("takes all rows tied for second place when the tie reaches past third", () => {
    expect(top({ a: 5, b: 4, c: 4, d: 4, e: 3 })).toEqual({
      keys: ["a:1", "b:2", "c:2", "d:2"],
      tiedAtCutoff: true,
    });
  });

  it("takes every row when all are tied", () => {
    expect(top({ a: 2, b: 2, c: 2, d: 2 })).toEqual({
      keys: ["a:1", "b:1", "c:1", "d:1"],
      tiedAtCutoff: true,
    });
  });

  it("sorts by count, keeping the given order for equal counts", () => {
    expect(top({ d: 1, a: 3, c: 2, b: 3 })).toEqual({ keys: ["a:1", "b:1", "c:3"], tiedAtCutoff: false });
  });

  it("leaves out rows with no brister and has fewer rows when fewer are in use", () => {
    expect(top({ a: 2, b: 0, c: 1, d: 0 })).toEqual({ keys: ["a:1", "c:2"], tiedAtCutoff: false });
  });

  it("marks tied rows, also when the tie is within the three", () => {
    const ranking = topRanked(rows({ a: 4, b: 4, c: 3, d: 1 }));
    expect(ranking.rows.map((r) => [r.key, r.rank, r.tied])).toEqual([
      ["a", 1, true],
      ["b", 1, true],
      ["c", 3, false],
    ]);
    expect(ranking.tiedAtCutoff).toBe(false);
  });
});
