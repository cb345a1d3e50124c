import type { DurationSummary } from "./types";

/**
 * The median of the numbers given, ignoring null and non-finite values; with an even count, the mean of the
 * middle two. Null when nothing is left.
 */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const known = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (known.length === 0) return null;
  const sorted = [...known].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle]!;
  return (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summariseDurations(values: readonly (number | null | undefined)[]): DurationSummary {
  const count = values.filter((v) => typeof v === "number" && Number.isFinite(v)).length;
  return { median: median(values), count };
}
