import { describe, expect, it } from "vitest";
import {
  suppressCount,
  suppressList,
  suppressTable,
  type SuppressedCell,
  type SuppressedTable,
} from "@/lib/statistics/suppression";

const displays = (cells: readonly SuppressedCell[]) => cells.map((cell) => cell.display);
const reasons = (cells: readonly SuppressedCell[]) => cells.map((cell) => cell.reason ?? "");

/** Whether `value` fits what is shown of a cell: its number, "<3" (1–2) or "–" (anything). */
function fits(cell: SuppressedCell, value: number): boolean {
  if (!cell.suppressed) return cell.value === value;
  return cell.display === "<3" ? value >= 1 && value <= 2 : true;
}

/**
 * A reader's best effort, by brute force: every table of counts that fits all that is shown (cells, row and
 * column totals, grand total). Returns the "<3" cells that have only one possible value.
 */
function givenAway(table: SuppressedTable): string[] {
  const rows = table.cells.length;
  const columns = table.cells[0]!.length;
  const flat = table.cells.flat();
  // Far enough above the real sum for "–" to be any count as far as the totals allow.
  const max = flat.reduce((a, cell) => a + cell.value, 0) + 3;
  const options = flat.map((cell) =>
    cell.suppressed
      ? Array.from({ length: max + 1 }, (_, v) => v).filter((v) => fits(cell, v))
      : [cell.value],
  );
  const seen = flat.map(() => new Set<number>());
  const values = flat.map(() => 0);
  const fitsTotals = () => {
    const at = (r: number, c: number) => values[r * columns + c]!;
    for (let r = 0; r < rows; r++) {
      let total = 0;
      for (let c = 0; c < columns; c++) total += at(r, c);
      if (table.rowTotals && !fits(table.rowTotals[r]!, total)) return false;
    }
    for (let c = 0; c < columns; c++) {
      let total = 0;
      for (let r = 0; r < rows; r++) total += at(r, c);
      if (table.columnTotals && !fits(table.columnTotals[c]!, total)) return false;
    }
    return (
      !table.grandTotal ||
      fits(
        table.grandTotal,
        values.reduce((a, b) => a + b, 0),
      )
    );
  };
  const walk = (i: number) => {
    if (i === flat.length) {
      if (fitsTotals()) values.forEach((v, k) => seen[k]!.add(v));
      return;
    }
    for (const v of options[i]!) {
      values[i] = v;
      walk(i + 1);
    }
  };
  walk(0);
  return flat.flatMap((cell, i) =>
    cell.display === "<3" && seen[i]!.size < 2 ? [`cell ${i} is ${[...seen[i]!].join()}`] : [],
  );
}

describe("suppressing a one-dimensional breakdown", () => {
  it("hides a small count as <3 and keeps the exact value for coordinators", () => {
    const { cells } = suppressList([4, 2, 0, 5], { additive: false });
    expect(cells[1]).toEqual({ value: 2, display: "<3", suppressed: true, reason: "primary" });
    expect(cells[0]).toEqual({ value: 4, display: "4", suppressed: false });
  });

  it("shows zero as 0: no brist is no one to identify", () => {
    expect(displays(suppressList([0, 5, 6]).cells)).toEqual(["0", "5", "6"]);
  });

  it("with one hidden cell, hides the next-smallest non-zero one too", () => {
    const list = suppressList([1, 5, 0, 7, 10], { total: 23 });
    expect(displays(list.cells)).toEqual(["<3", "–", "0", "7", "10"]);
    expect(reasons(list.cells)).toEqual(["primary", "secondary", "", "", ""]);
    expect(list.total).toEqual({ value: 23, display: "23", suppressed: false });
    expect(list.hasSuppressed).toBe(true);
  });

  it("adds nothing when two hidden cells cannot be told apart", () => {
    // 1 + 2 = 3 and 2 + 1 = 3: from the total, each is still 1 or 2.
    expect(displays(suppressList([1, 2, 9]).cells)).toEqual(["<3", "<3", "9"]);
  });

  it("all cells small: hides the total when it gives them away", () => {
    // Three counts of 1 or 2 adding up to 3 must each be 1.
    const list = suppressList([1, 1, 1]);
    expect(displays(list.cells)).toEqual(["<3", "<3", "<3"]);
    expect(list.total).toMatchObject({ value: 3, display: "–", suppressed: true, reason: "secondary" });
  });

  it("all cells small under a total that must stay: hides the whole row", () => {
    const list = suppressList([1, 1, 0, 1], { keepTotalVisible: true });
    expect(displays(list.cells)).toEqual(["–", "–", "–", "–"]);
    expect(reasons(list.cells)).toEqual(["primary", "primary", "secondary", "primary"]);
    expect(list.total?.display).toBe("3");
    expect(list.fullyProtected).toBe(true);
  });

  it("never hides a total that must stay, but a cell instead", () => {
    const list = suppressList([1, 28], { keepTotalVisible: true });
    expect(displays(list.cells)).toEqual(["<3", "–"]);
    expect(list.total?.display).toBe("29");
  });

  it("a hidden total counts as a hidden cell", () => {
    // The total 2 is below the threshold itself: the cell (1–2) equals the total (1–2), neither gives the other
    // away.
    const small = suppressList([2, 0]);
    expect(displays(small.cells)).toEqual(["<3", "0"]);
    expect(small.total?.display).toBe("<3");
    // Two cells of 1 under a hidden total of 2 still give themselves away (each at least 1, together at most 2):
    // nothing visible is left to hide, so the cells are shown as "–".
    const pair = suppressList([1, 1, 0]);
    expect(displays(pair.cells)).toEqual(["–", "–", "–"]);
    expect(pair.total?.display).toBe("<3");
  });

  it("with threshold 1 hides nothing", () => {
    const list = suppressList([0, 1, 2], { threshold: 1 });
    expect(list.cells.every((cell) => !cell.suppressed)).toBe(true);
    expect(list.total?.display).toBe("3");
    expect(list.hasSuppressed).toBe(false);
  });

  it("uses the threshold in the display", () => {
    expect(displays(suppressList([4, 5, 9], { threshold: 5 }).cells)).toEqual(["<5", "–", "9"]);
  });

  it("can hide zeros too", () => {
    expect(displays(suppressList([0, 5, 6], { suppressZero: true }).cells)).toEqual(["<3", "–", "6"]);
  });

  it("only hides small counts when a brist can be in several rows", () => {
    const list = suppressList([1, 5, 7], { total: 10, additive: false });
    expect(displays(list.cells)).toEqual(["<3", "5", "7"]);
    expect(list.total?.display).toBe("10");
  });

  it("hides a single small figure", () => {
    expect(suppressCount(2).display).toBe("<3");
    expect(suppressCount(3).display).toBe("3");
    expect(suppressCount(0).display).toBe("0");
  });

  it("rejects totals that are not the sum, and counts that are not counts", () => {
    expect(() => suppressList([1, 2], { total: 4 })).toThrow(RangeError);
    expect(() => suppressList([1, -2])).toThrow(RangeError);
    expect(() => suppressList([1.5])).toThrow(RangeError);
    expect(() => suppressList([1], { threshold: 0 })).toThrow(RangeError);
  });
});

describe("suppressing a two-dimensional table", () => {
  it("one hidden cell in a row: protected along its row and its column, until stable", () => {
    const table = suppressTable({
      cells: [
        [1, 5, 6],
        [4, 3, 9],
        [7, 8, 3],
      ],
    });
    // Row 1 hides 5 for the 1; column 1 then needs a second hidden cell (3), column 0 too (4).
    expect(table.cells.map(displays)).toEqual([
      ["<3", "–", "6"],
      ["–", "–", "9"],
      ["7", "8", "3"],
    ]);
    expect(displays(table.rowTotals!)).toEqual(["12", "16", "18"]);
    expect(displays(table.columnTotals!)).toEqual(["12", "16", "18"]);
    expect(table.grandTotal?.display).toBe("46");
  });

  it("two hidden cells in a column protect each other; their rows still need a second", () => {
    const table = suppressTable({
      cells: [
        [1, 6, 8],
        [2, 7, 9],
        [5, 4, 10],
      ],
    });
    expect(table.cells.map(displays)).toEqual([
      ["<3", "–", "8"],
      ["<3", "–", "9"],
      ["5", "4", "10"],
    ]);
    expect(table.cells[0]![1]).toMatchObject({ value: 6, reason: "secondary" });
  });

  it("a small row total is hidden, and what would give it away too", () => {
    // Row 2 adds up to 2: its total is "<3" and so is its cell. Column 0 then has one hidden cell (5 is hidden
    // with it), and the row totals under the grand total have one hidden (the 11 of the row that already hides
    // a cell goes with it): else 24 − 11 − 11 = 2 would give row 2 away, and with it its only non-zero cell.
    const table = suppressTable({
      cells: [
        [5, 6],
        [7, 4],
        [2, 0],
      ],
    });
    expect(table.cells.map(displays)).toEqual([
      ["–", "6"],
      ["7", "4"],
      ["<3", "0"],
    ]);
    expect(displays(table.rowTotals!)).toEqual(["–", "11", "<3"]);
    expect(reasons(table.rowTotals!)).toEqual(["secondary", "", "primary"]);
    expect(displays(table.columnTotals!)).toEqual(["14", "10"]);
    expect(table.grandTotal?.display).toBe("24");
  });

  it("categories × years: rows add up over the years, columns do not add up to the brister per year", () => {
    const table = suppressTable(
      {
        cells: [
          [1, 5],
          [4, 4],
          [2, 0],
        ],
        columnTotals: [6, 8],
      },
      { columnsAdditive: false, keepVisible: { columnTotals: true, grandTotal: true } },
    );
    expect(table.cells.map(displays)).toEqual([
      ["<3", "–"],
      ["4", "4"],
      ["<3", "0"],
    ]);
    expect(displays(table.rowTotals!)).toEqual(["6", "8", "<3"]);
    expect(displays(table.columnTotals!)).toEqual(["6", "8"]);
    expect(table.grandTotal?.display).toBe("14");
  });

  it("all cells small", () => {
    const table = suppressTable({
      cells: [
        [1, 2],
        [2, 1],
      ],
    });
    expect(table.cells.flat().every((cell) => cell.suppressed)).toBe(true);
    // Each row and column total is 3 (two counts of 1–2: not given away); the grand total 6 is two such totals.
    expect(displays(table.rowTotals!)).toEqual(["3", "3"]);
    expect(table.grandTotal?.display).toBe("6");
    expect(table.fullyProtected).toBe(true);
  });

  it("with threshold 1 hides nothing", () => {
    const table = suppressTable(
      {
        cells: [
          [1, 0],
          [2, 1],
        ],
      },
      { threshold: 1 },
    );
    expect(table.hasSuppressed).toBe(false);
    expect(table.cells.map(displays)).toEqual([
      ["1", "0"],
      ["2", "1"],
    ]);
  });

  it("handles an empty table", () => {
    const table = suppressTable({ cells: [], columnTotals: [0, 0] });
    expect(table.cells).toEqual([]);
    expect(displays(table.columnTotals!)).toEqual(["0", "0"]);
  });

  it("protects a count that only several totals together give away", () => {
    // Row 0 total "<3" makes the 1 at (0, 1) at most 2; with column 1's "<3" and row 1's 3, (1, 0) would be 2.
    const table = suppressTable({
      cells: [
        [0, 1],
        [2, 1],
      ],
    });
    expect(table.cells.map(displays)).toEqual([
      ["0", "–"],
      ["<3", "–"],
    ]);
    expect(displays(table.rowTotals!)).toEqual(["<3", "–"]);
    expect(givenAway(table)).toEqual([]);
  });

  it("gives no '<3' cell away in any 2 × 2 table of counts 0–3", () => {
    const values = [0, 1, 2, 3];
    for (const a of values)
      for (const b of values)
        for (const c of values)
          for (const d of values) {
            const cells = [
              [a, b],
              [c, d],
            ];
            expect(givenAway(suppressTable({ cells })), JSON.stringify(cells)).toEqual([]);
          }
  });

  it("gives no '<3' cell away in any list of four counts 0–4, with its total shown or hidden", () => {
    const values = [0, 1, 2, 3, 4];
    for (const a of values)
      for (const b of values)
        for (const c of values)
          for (const d of values)
            for (const keepTotalVisible of [false, true]) {
              const list = suppressList([a, b, c, d], { keepTotalVisible });
              const table: SuppressedTable = {
                cells: [list.cells],
                rowTotals: [list.total!],
                columnTotals: null,
                grandTotal: null,
                hasSuppressed: list.hasSuppressed,
                fullyProtected: list.fullyProtected,
              };
              expect(givenAway(table), `${[a, b, c, d]} ${keepTotalVisible}`).toEqual([]);
            }
  });
});
