/**
 * Small-cell suppression for every breakdown the arbetsgrupp sees or exports. With about 30 brister a year, a
 * count of 1 or 2 in a breakdown such as kommun × category can point to a person or a unit.
 *
 * - Primary: a count from 1 up to `threshold - 1` is shown as "<3" (for the default threshold 3).
 * - Zero is shown as "0": no brist means no person to identify, and an empty row is itself a finding. With
 *   `suppressZero` a zero is treated like any small count and shown as "<3" too.
 * - Secondary: a hidden count must not be computable from the totals, and a hidden total counts like a hidden
 *   cell. First each total with its parts (each row, each column, and the totals against the grand total) is
 *   checked on its own, repeated until nothing changes. A check fails when a hidden entry follows from the
 *   others: a single hidden entry (the total minus the rest), or e.g. three "<3" cells under a total of 3 (each
 *   must be 1). The remedy is to hide the smallest other non-zero count of that row or column (never a zero:
 *   "<3" already tells the reader a hidden count is at least 1, so a zero beside it protects nothing), else its
 *   total when that may be hidden, else the whole row or column: every part shown as "–", zeros and "<3" cells
 *   alike. Then all totals are combined (intervals narrowed through every total and through their linear
 *   combinations), which finds a "<3" cell that only several totals together give away, and more is hidden
 *   until none is left. Secondary cells show "–": their value can be anything, so "<3" would mislead.
 *
 * What the reader knows of a hidden entry: "<3" is 1–2 (0–2 with `suppressZero`), "–" is any count. The combined
 * check reasons with intervals, not whole-number programming: in a large table made almost only of "<3" cells
 * and zeros, a count could in rare cases still be narrowed down. With threshold 2 and zeros shown, "<2" can only
 * mean 1: use 3 or more.
 */

export type SuppressionReason = "primary" | "secondary";

export interface SuppressedCell {
  /** The exact count: for coordinators only; what the arbetsgrupp may see is `display`. */
  value: number;
  /** "12", "<3" (primary), or "–" (secondary, or a "<3" cell of a row that had to be hidden as a whole). */
  display: string;
  suppressed: boolean;
  reason?: SuppressionReason;
}

export interface SuppressionOptions {
  /** Counts from 1 to `threshold - 1` are hidden. Default 3; 1 hides nothing. */
  threshold?: number;
  /** Hide zero counts as well. Default false. */
  suppressZero?: boolean;
}

export const DEFAULT_THRESHOLD = 3;
export const SECONDARY_DISPLAY = "–";

export function primaryDisplay(threshold: number): string {
  return `<${threshold}`;
}

export interface TableInput {
  /** Counts, rows × columns. */
  cells: readonly (readonly number[])[];
  /** Shown per row. Computed when `rowsAdditive` and omitted. */
  rowTotals?: readonly number[];
  /** Shown per column. Computed when `columnsAdditive` and omitted. */
  columnTotals?: readonly number[];
  /** Computed from the row or column totals when it follows from them and is omitted. */
  grandTotal?: number;
}

export interface TableOptions extends SuppressionOptions {
  /**
   * Each row's cells add up to its total (default true). False for a breakdown in which one brist can be in
   * several columns: such a total is shown and checked against the threshold, but nothing is worked out from it.
   */
  rowsAdditive?: boolean;
  /** Each column's cells add up to its total (default true); false e.g. for categories × years. */
  columnsAdditive?: boolean;
  /**
   * Totals published elsewhere (such as the number of brister of a year), which secondary suppression must not
   * hide; they are still hidden when themselves below the threshold.
   */
  keepVisible?: { rowTotals?: boolean; columnTotals?: boolean; grandTotal?: boolean };
}

export interface SuppressedTable {
  cells: SuppressedCell[][];
  rowTotals: SuppressedCell[] | null;
  columnTotals: SuppressedCell[] | null;
  grandTotal: SuppressedCell | null;
  /** True when some cell is hidden. */
  hasSuppressed: boolean;
  /**
   * False when a hidden count can still be worked out even with every part of its row or column hidden (only
   * possible when entries that must stay visible give it away). Then do not show the table.
   */
  fullyProtected: boolean;
}

type State = "visible" | "primary" | "secondary";

interface Entry {
  value: number;
  state: State;
  /** Shown as "–" whatever the state: part of a row or column hidden as a whole. */
  masked: boolean;
  locked: boolean;
}

interface Relation {
  parts: number[];
  total: number;
}

/**
 * Suppresses a table with its totals. Rows are the outer array. Throws a RangeError for counts that are not
 * non-negative integers and for totals that contradict their additive parts.
 */
export function suppressTable(input: TableInput, options: TableOptions = {}): SuppressedTable {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`Bad threshold: ${threshold}`);
  const suppressZero = options.suppressZero ?? false;
  const rowsAdditive = options.rowsAdditive ?? true;
  const columnsAdditive = options.columnsAdditive ?? true;
  const keep = options.keepVisible ?? {};

  const cells = input.cells;
  const columnCount = cells[0]?.length ?? input.columnTotals?.length ?? 0;
  for (const row of cells) {
    if (row.length !== columnCount) throw new RangeError("Rows of different lengths");
    row.forEach(checkCount);
  }
  const rowSums = cells.map((row) => sum(row));
  const columnSums = Array.from({ length: columnCount }, (_, c) => sum(cells.map((row) => row[c]!)));

  const rowTotals = margin(input.rowTotals, rowSums, rowsAdditive, "row");
  const columnTotals = margin(input.columnTotals, columnSums, columnsAdditive, "column");
  let grandTotal = input.grandTotal ?? null;
  const grandFromColumns = rowsAdditive && columnTotals ? sum(columnTotals) : null;
  const grandFromRows = columnsAdditive && rowTotals ? sum(rowTotals) : null;
  for (const derived of [grandFromColumns, grandFromRows]) {
    if (derived === null) continue;
    if (grandTotal === null) grandTotal = derived;
    else if (grandTotal !== derived) throw new RangeError(`Grand total ${grandTotal} is not ${derived}`);
  }
  if (grandTotal !== null) checkCount(grandTotal);

  const entries: Entry[] = [];
  const add = (value: number, locked = false) => {
    entries.push({ value, state: isPrimary(value) ? "primary" : "visible", masked: false, locked });
    return entries.length - 1;
  };
  function isPrimary(value: number) {
    return value < threshold && (value > 0 || suppressZero);
  }
  const cellIndex = cells.map((row) => row.map((value) => add(value)));
  const rowTotalIndex = rowTotals?.map((value) => add(value, keep.rowTotals)) ?? null;
  const columnTotalIndex = columnTotals?.map((value) => add(value, keep.columnTotals)) ?? null;
  const grandIndex = grandTotal === null ? null : add(grandTotal, keep.grandTotal);

  const relations: Relation[] = [];
  if (rowsAdditive && rowTotalIndex) {
    cellIndex.forEach((row, r) => relations.push({ parts: row, total: rowTotalIndex[r]! }));
  }
  if (columnsAdditive && columnTotalIndex) {
    for (let c = 0; c < columnCount; c++) {
      relations.push({ parts: cellIndex.map((row) => row[c]!), total: columnTotalIndex[c]! });
    }
  }
  if (rowsAdditive && columnTotalIndex && grandIndex !== null) {
    relations.push({ parts: columnTotalIndex, total: grandIndex });
  }
  if (columnsAdditive && rowTotalIndex && grandIndex !== null) {
    relations.push({ parts: rowTotalIndex, total: grandIndex });
  }
  const relationsOf = entries.map(() => [] as Relation[]);
  for (const relation of relations) {
    for (const index of [...relation.parts, relation.total]) relationsOf[index]!.push(relation);
  }

  const primaryLow = suppressZero ? 0 : 1;
  const range = (entry: Entry): [number, number] => {
    if (entry.state === "visible") return [entry.value, entry.value];
    if (entry.state === "primary" && !entry.masked) return [primaryLow, threshold - 1];
    return [0, Infinity];
  };
  const hidden = (index: number) => entries[index]!.state !== "visible";

  /** The hidden entries of the relation that can be worked out from the others in it. */
  function determinedIn(relation: Relation): number[] {
    const ranges = relation.parts.map((index) => range(entries[index]!));
    const [totalLow, totalHigh] = range(entries[relation.total]!);
    const determined = (own: [number, number], derivedLow: number, derivedHigh: number) =>
      own[0] < own[1] && Math.max(own[0], derivedLow) === Math.min(own[1], derivedHigh);
    const parts = relation.parts.filter((index, i) => {
      if (!hidden(index)) return false;
      // This part = total − the other parts.
      const others = ranges.filter((_, j) => j !== i);
      return determined(
        ranges[i]!,
        totalLow - sum(others.map((r) => r[1])),
        totalHigh - sum(others.map((r) => r[0])),
      );
    });
    const totalDetermined =
      hidden(relation.total) &&
      determined([totalLow, totalHigh], sum(ranges.map((r) => r[0])), sum(ranges.map((r) => r[1])));
    return totalDetermined ? [...parts, relation.total] : parts;
  }

  /**
   * Secondary suppression row by row and column by column, until stable. False if a "<3" entry still follows
   * from its row or column with nothing left to hide there (a hidden zero that follows from a total of 0 is no
   * matter).
   */
  function protectEachTotal(): boolean {
    let protectedAll = true;
    for (let changed = true; changed;) {
      changed = false;
      protectedAll = true;
      for (const relation of relations) {
        const determined = determinedIn(relation);
        if (determined.length === 0) continue;
        const complement = chooseComplement(relation);
        if (complement !== null) {
          entries[complement]!.state = "secondary";
          changed = true;
        } else if (mask(relation)) changed = true;
        else if (determined.some((index) => entries[index]!.state === "primary")) protectedAll = false;
      }
    }
    return protectedAll;
  }

  /**
   * Nothing left to hide in the relation but zeros and "<3" cells: hide it as a whole, every part shown as "–".
   * False when there was nothing more to hide.
   */
  function mask(relation: Relation): boolean {
    let masked = false;
    for (const index of relation.parts) {
      const entry = entries[index]!;
      if (entry.locked && entry.state === "visible") continue;
      if (entry.state === "visible") entry.state = "secondary";
      if (!entry.masked) masked = entry.masked = true;
    }
    return masked;
  }

  /**
   * What the reader can work out from all totals together: each entry's range, narrowed through every relation
   * and through their linear combinations (reduced row echelon form over the hidden entries) until nothing
   * changes. Catches what no single total gives away: a "<3" row total and a "<3" column total that together pin
   * a cell down, or two totals whose difference is a hidden cell.
   */
  function propagate(): [number, number][] {
    const bounds = entries.map(range);
    const equations = [
      ...relations.map((relation): Equation => ({
        terms: [...relation.parts.map((index): Term => [index, 1]), [relation.total, -1]],
        constant: 0,
      })),
      ...combinedEquations(),
    ];
    const narrow = (index: number, low: number, high: number) => {
      const [ownLow, ownHigh] = bounds[index]!;
      const newLow = Math.max(ownLow, Math.ceil(low - EPSILON));
      const newHigh = Math.min(ownHigh, Math.floor(high + EPSILON));
      if (newLow > newHigh || (newLow === ownLow && newHigh === ownHigh)) return false;
      bounds[index] = [newLow, newHigh];
      return true;
    };
    for (let changed = true, passes = 0; changed && passes < 1000; passes++) {
      changed = false;
      for (const { terms, constant } of equations) {
        terms.forEach(([index, coefficient], i) => {
          // coefficient · x = constant − (the other terms), whose range follows from the others' ranges.
          let othersLow = 0;
          let othersHigh = 0;
          terms.forEach(([other, a], j) => {
            if (j === i) return;
            const [low, high] = bounds[other]!;
            othersLow += a > 0 ? a * low : a * high;
            othersHigh += a > 0 ? a * high : a * low;
          });
          const from = (constant - othersHigh) / coefficient;
          const to = (constant - othersLow) / coefficient;
          changed = narrow(index, Math.min(from, to), Math.max(from, to)) || changed;
        });
      }
    }
    return bounds;
  }

  /** The relations over the hidden entries (shown ones moved to the constant), in reduced row echelon form. */
  function combinedEquations(): Equation[] {
    const hiddenIndices = entries.map((_, index) => index).filter(hidden);
    const column = new Map(hiddenIndices.map((index, c) => [index, c]));
    const matrix = relations.map((relation) => {
      const row = new Array<number>(hiddenIndices.length + 1).fill(0);
      const add = (index: number, a: number) => {
        const c = column.get(index);
        if (c === undefined) row[hiddenIndices.length]! -= a * entries[index]!.value;
        else row[c]! += a;
      };
      relation.parts.forEach((index) => add(index, 1));
      add(relation.total, -1);
      return row;
    });
    reduceRowEchelon(matrix, hiddenIndices.length);
    return matrix.flatMap((row) => {
      const terms = hiddenIndices.flatMap((index, c): Term[] =>
        Math.abs(row[c]!) > EPSILON ? [[index, row[c]!]] : [],
      );
      return terms.length > 0 ? [{ terms, constant: row[hiddenIndices.length]! }] : [];
    });
  }

  /** The "<3" entries (masked or not) whose value follows from all the totals together. */
  function disclosedPrimaries(): number[] {
    const bounds = propagate();
    return entries.flatMap((entry, index) => {
      const [priorLow, priorHigh] = range(entry);
      const [low, high] = bounds[index]!;
      return entry.state === "primary" && priorLow < priorHigh && low === high ? [index] : [];
    });
  }

  /**
   * Hides one more entry so that `disclosed` can no longer be worked out: the smallest shown non-zero entry
   * sharing a row or column with it that does it, else the smallest there, else anywhere in the table; when
   * nothing is left to hide, its rows and columns are hidden as a whole, then all of them. False when nothing
   * more can be done.
   */
  function protectGlobally(disclosed: number): boolean {
    const hideable = (index: number) => {
      const entry = entries[index]!;
      return entry.state === "visible" && entry.value > 0 && !entry.locked;
    };
    const byValue = (a: number, b: number) => entries[a]!.value - entries[b]!.value || a - b;
    const near = [
      ...new Set(relationsOf[disclosed]!.flatMap((relation) => [...relation.parts, relation.total])),
    ].filter(hideable);
    const anywhere = entries.map((_, index) => index).filter(hideable);
    for (const candidates of [near, anywhere]) {
      if (candidates.length === 0) continue;
      candidates.sort(byValue);
      for (const candidate of candidates) {
        entries[candidate]!.state = "secondary";
        if (!disclosedPrimaries().includes(disclosed)) return true;
        entries[candidate]!.state = "visible";
      }
      entries[candidates[0]!]!.state = "secondary";
      return true;
    }
    let masked = false;
    for (const relation of relationsOf[disclosed]!) masked = mask(relation) || masked;
    if (masked) return true;
    // Given away through other rows and columns: hide every row and column as a whole.
    for (const relation of relations) masked = mask(relation) || masked;
    return masked;
  }

  let fullyProtected = true;
  for (;;) {
    fullyProtected = protectEachTotal();
    const disclosed = disclosedPrimaries()[0];
    if (disclosed === undefined) break;
    if (!protectGlobally(disclosed)) {
      fullyProtected = false;
      break;
    }
  }

  /** The smallest non-zero part still shown, preferring one whose other row or column hides something already. */
  function chooseComplement(relation: Relation): number | null {
    const candidates = relation.parts.filter((index) => {
      const entry = entries[index]!;
      return entry.state === "visible" && entry.value > 0 && !entry.locked;
    });
    const elsewhere = (index: number) =>
      relationsOf[index]!.some((other) => other !== relation && [...other.parts, other.total].some(hidden));
    candidates.sort(
      (a, b) => entries[a]!.value - entries[b]!.value || Number(elsewhere(b)) - Number(elsewhere(a)) || a - b,
    );
    if (candidates.length > 0) return candidates[0]!;
    const total = entries[relation.total]!;
    return total.state === "visible" && total.value > 0 && !total.locked ? relation.total : null;
  }

  const show = (index: number): SuppressedCell => {
    const entry = entries[index]!;
    if (entry.state === "visible")
      return { value: entry.value, display: String(entry.value), suppressed: false };
    return {
      value: entry.value,
      display: entry.state === "primary" && !entry.masked ? primaryDisplay(threshold) : SECONDARY_DISPLAY,
      suppressed: true,
      reason: entry.state,
    };
  };
  return {
    cells: cellIndex.map((row) => row.map(show)),
    rowTotals: rowTotalIndex?.map(show) ?? null,
    columnTotals: columnTotalIndex?.map(show) ?? null,
    grandTotal: grandIndex === null ? null : show(grandIndex),
    hasSuppressed: entries.some((entry) => entry.state !== "visible"),
    fullyProtected,
  };
}

export interface ListOptions extends SuppressionOptions {
  /** The total shown with the list; the sum of the counts when `additive` and omitted. */
  total?: number;
  /** The counts add up to the total (default true): each brist is in exactly one row. */
  additive?: boolean;
  /** The total is published elsewhere: secondary suppression hides a cell instead (default false). */
  keepTotalVisible?: boolean;
}

export interface SuppressedList {
  cells: SuppressedCell[];
  total: SuppressedCell | null;
  hasSuppressed: boolean;
  fullyProtected: boolean;
}

/**
 * Suppresses a one-dimensional breakdown with its total. When the counts add up to the total, a single hidden
 * count is protected by hiding the next-smallest one (or the total), and so on (see `suppressTable`). When they
 * do not (a brist counts in several rows), only counts below the threshold are hidden.
 */
export function suppressList(counts: readonly number[], options: ListOptions = {}): SuppressedList {
  const additive = options.additive ?? true;
  const table = suppressTable(
    { cells: [counts], rowTotals: options.total === undefined ? undefined : [options.total] },
    {
      threshold: options.threshold,
      suppressZero: options.suppressZero,
      rowsAdditive: additive,
      columnsAdditive: false,
      keepVisible: { rowTotals: options.keepTotalVisible },
    },
  );
  return {
    cells: table.cells[0] ?? [],
    total: table.rowTotals?.[0] ?? null,
    hasSuppressed: table.hasSuppressed,
    fullyProtected: table.fullyProtected,
  };
}

/** Only counts below the threshold hidden, with no totals to protect them from: a single figure. */
export function suppressCount(value: number, options: SuppressionOptions = {}): SuppressedCell {
  return suppressList([value], { ...options, additive: false }).cells[0]!;
}

function margin(
  given: readonly number[] | undefined,
  sums: readonly number[],
  additive: boolean,
  kind: string,
): readonly number[] | null {
  if (!given) return additive ? sums : null;
  if (given.length !== sums.length) throw new RangeError(`Expected ${sums.length} ${kind} totals`);
  given.forEach(checkCount);
  if (additive) {
    given.forEach((total, i) => {
      if (total !== sums[i]) throw new RangeError(`The ${kind} total ${total} is not the sum ${sums[i]}`);
    });
  }
  return given;
}

function checkCount(value: number) {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`Not a count: ${value}`);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

type Term = [index: number, coefficient: number];

/** Σ coefficient · entry = constant. */
interface Equation {
  terms: Term[];
  constant: number;
}

const EPSILON = 1e-9;

/** Gauss–Jordan elimination in place over the first `columns` columns (the last column is the constant). */
function reduceRowEchelon(matrix: number[][], columns: number): void {
  let pivotRow = 0;
  for (let c = 0; c < columns && pivotRow < matrix.length; c++) {
    let best = pivotRow;
    for (let r = pivotRow + 1; r < matrix.length; r++) {
      if (Math.abs(matrix[r]![c]!) > Math.abs(matrix[best]![c]!)) best = r;
    }
    if (Math.abs(matrix[best]![c]!) < EPSILON) continue;
    [matrix[pivotRow], matrix[best]] = [matrix[best]!, matrix[pivotRow]!];
    const pivot = matrix[pivotRow]!;
    const scale = pivot[c]!;
    for (let k = 0; k < pivot.length; k++) pivot[k]! /= scale;
    for (let r = 0; r < matrix.length; r++) {
      const row = matrix[r]!;
      const factor = row[c]!;
      if (r === pivotRow || Math.abs(factor) < EPSILON) continue;
      for (let k = 0; k < row.length; k++) {
        row[k]! -= factor * pivot[k]!;
        if (Math.abs(row[k]!) < EPSILON) row[k] = 0;
      }
    }
    pivotRow++;
  }
}
