import type { Breakdown, CountRow, Huvudman, RankedRow, TopRanking } from "./types";

/** A row a brist can be counted in. */
export interface RowSpec {
  key: string;
  label: string;
  huvudman?: Huvudman;
}

export interface CountOptions<T> {
  /** The rows a brist counts in; each key at most once per brist, however often it is returned. */
  rowsOf: (item: T) => readonly RowSpec[];
  /**
   * Rows that are shown even with a count of 0, in this order. With `order: "fixed"` it is also the order of the
   * rows; rows not listed follow, in the order first met.
   */
  seed?: readonly RowSpec[];
  /** "count": most brister first; equal counts in seed order, then the rows not seeded by label. "fixed": seed order. */
  order: "count" | "fixed";
  /** Whether each brist is in exactly one row (see `Breakdown.exclusive`). */
  exclusive: boolean;
}

const collator = new Intl.Collator("sv");

export function shareOf(count: number, base: number): number | null {
  return base === 0 ? null : count / base;
}

/** Counts each brist once in every distinct row it belongs to. */
export function countBreakdown<T>(items: readonly T[], options: CountOptions<T>): Breakdown {
  const tally = new Map<string, { spec: RowSpec; count: number; position: number; seeded: boolean }>();
  let position = 0;
  for (const spec of options.seed ?? []) {
    if (!tally.has(spec.key)) tally.set(spec.key, { spec, count: 0, position: position++, seeded: true });
  }
  let notStated = 0;
  for (const item of items) {
    const specs = options.rowsOf(item);
    const seen = new Set<string>();
    for (const spec of specs) {
      if (seen.has(spec.key)) continue;
      seen.add(spec.key);
      const entry = tally.get(spec.key);
      if (entry) entry.count += 1;
      else tally.set(spec.key, { spec, count: 1, position: position++, seeded: false });
    }
    if (seen.size === 0) notStated += 1;
    else if (options.exclusive && seen.size > 1) {
      throw new RangeError("A brist is in more than one row of an exclusive breakdown");
    }
  }
  if (options.exclusive && notStated > 0) {
    throw new RangeError("A brist is in no row of an exclusive breakdown");
  }
  const base = items.length;
  const entries = [...tally.values()];
  if (options.order === "count") {
    entries.sort(
      (a, b) =>
        b.count - a.count ||
        Number(b.seeded) - Number(a.seeded) ||
        (a.seeded ? a.position - b.position : collator.compare(a.spec.label, b.spec.label)),
    );
  } else {
    entries.sort((a, b) => a.position - b.position);
  }
  const rows: CountRow[] = entries.map(({ spec, count }) => ({
    key: spec.key,
    label: spec.label,
    count,
    share: shareOf(count, base),
    ...(spec.huvudman ? { huvudman: spec.huvudman } : {}),
  }));
  return options.exclusive ? { base, exclusive: true, rows } : { base, exclusive: false, rows, notStated };
}

/**
 * The `places` most common rows (count above 0), with standard competition ranks (1, 2, 2, 4). Every row ranked
 * within `places` is included, so a tie at the last place brings in all tied rows and `tiedAtCutoff` says so.
 * Rows with equal counts keep their order in `rows`.
 */
export function topRanked(rows: readonly CountRow[], places = 3): TopRanking {
  const positive = rows.filter((r) => r.count > 0);
  const sorted = positive.map((row, index) => ({ row, index }));
  sorted.sort((a, b) => b.row.count - a.row.count || a.index - b.index);
  const ranked: RankedRow[] = sorted.map(({ row }) => ({
    ...row,
    rank: 1 + positive.filter((other) => other.count > row.count).length,
    tied: positive.some((other) => other !== row && other.count === row.count),
  }));
  const top = ranked.filter((r) => r.rank <= places);
  return { places, rows: top, tiedAtCutoff: top.length > places };
}
