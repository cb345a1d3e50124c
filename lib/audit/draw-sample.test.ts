import { describe, expect, it } from "vitest";
import { drawSample } from "@/lib/audit/draw-sample";

describe("drawSample", () => {
  const items = Array.from({ length: 50 }, (_, i) => `id-${i}`);

  it("draws the asked number of distinct items from the population", () => {
    const sample = drawSample(items, 20);
    expect(sample).toHaveLength(20);
    expect(new Set(sample).size).toBe(20);
    expect(sample.every((item) => items.includes(item))).toBe(true);
  });

  it("returns the whole population when it is smaller than the sample", () => {
    expect(drawSample(["a", "b"], 20).sort()).toEqual(["a", "b"]);
    expect(drawSample([], 20)).toEqual([]);
  });

  it("uses the given random source", () => {
    expect(drawSample(["a", "b", "c"], 2, () => 0)).toEqual(["a", "b"]);
    expect(drawSample(["a", "b", "c"], 1, (max) => max - 1)).toEqual(["c"]);
  });

  it("does not change the input", () => {
    const copy = [...items];
    drawSample(items, 10);
    expect(items).toEqual(copy);
  });
});
