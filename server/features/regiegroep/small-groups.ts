/**
 * Privacy by design: the regiegroep sees aggregates, and a group of fewer than 5 students is never a
 * number. Every count of students leaves the server through these functions, so no client — not the
 * dashboard, not a CSV, not a hand-made request — can get the small number.
 *
 * - Primary rule: 1–4 becomes "< 5". 0 stays 0: an empty group describes nobody.
 * - Secondary rule: a breakdown whose total is also shown must not let the small cell be worked out by
 *   subtraction. When exactly one cell of such a breakdown is hidden, the next smallest non-zero cell is
 *   hidden too (the standard complementary suppression of statistical offices), shown as "x" — it is
 *   not a small group, so "< 5" would be untrue.
 * - A rate over a group of fewer than 5 students (a fill rate, a presence rate) is hidden as well: with
 *   the other figure known it would give the count away.
 * - Filters (decision 073): a filtered dashboard is read off one table protected once, unfiltered
 *   (`protectedTable`), so no difference of two answers gives away more than that table shows.
 */
import { SHIELDED, SMALL_GROUP_MIN, SUPPRESSED, type ShownCount } from '../../../shared/domain/regiegroep';

export const isSmall = (n: number) => n > 0 && n < SMALL_GROUP_MIN;

/** One count of students as it may be shown. */
export function shownCount(n: number): ShownCount {
  return isSmall(n) ? SUPPRESSED : n;
}

/**
 * The cells of a breakdown, shown. `totalShown`: whether the breakdown's total is published beside it
 * (then one hidden cell would be given away by subtraction, and a second is hidden with it).
 */
export function shownBreakdown(cells: readonly number[], totalShown = true): ShownCount[] {
  const hidden = cells.map(isSmall);
  const hiddenCount = hidden.filter(Boolean).length;
  let partner = -1;
  if (totalShown && hiddenCount === 1) {
    cells.forEach((n, i) => {
      if (!hidden[i] && n > 0 && (partner === -1 || n < cells[partner]!)) partner = i;
    });
  }
  return cells.map((n, i) => (hidden[i] ? SUPPRESSED : i === partner ? SHIELDED : n));
}

/** Shows a map of cells (keyed) as one breakdown. */
export function shownBreakdownOf<K>(entries: readonly (readonly [K, number])[], totalShown = true): Map<K, ShownCount> {
  const shown = shownBreakdown(
    entries.map(([, n]) => n),
    totalShown,
  );
  return new Map(entries.map(([key], i) => [key, shown[i]!]));
}

/**
 * A table of counts with its row totals, column totals and grand total all shown (e.g. TOP-locaties ×
 * programmes). The secondary rule then holds for every row and every column, margins included: repeat
 * "a line with a shown total and exactly one hidden cell hides its next smallest non-zero cell" until
 * no line changes. Returns the cells and the margins, shown.
 */
export function shownCrossTab(cells: readonly (readonly number[])[]) {
  const rows = cells.length;
  const cols = rows ? cells[0]!.length : 0;
  // The full grid: cells, then each row's total in the last column, the column totals in the last row.
  const grid: number[][] = cells.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
  grid.push(Array.from({ length: cols + 1 }, (_, j) => grid.reduce((sum, r) => sum + r[j]!, 0)));
  const hidden = grid.map((r) => r.map(isSmall));
  const lines: [number, number][][] = [
    ...grid.map((_, i) => Array.from({ length: cols + 1 }, (__, j) => [i, j] as [number, number])),
    ...Array.from({ length: cols + 1 }, (_, j) => grid.map((__, i) => [i, j] as [number, number])),
  ];
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      const [ti, tj] = line[line.length - 1]!;
      if (hidden[ti]![tj]) continue;
      const inner = line.slice(0, -1);
      if (inner.filter(([i, j]) => hidden[i]![j]).length !== 1) continue;
      const partner = inner
        .filter(([i, j]) => !hidden[i]![j] && grid[i]![j]! > 0)
        .sort(([a, b], [c, d]) => grid[a]![b]! - grid[c]![d]!)[0];
      // No cell can stand beside it (the others are 0 or hidden): hide the line's total instead.
      const [pi, pj] = partner ?? [ti, tj];
      hidden[pi]![pj] = true;
      changed = true;
    }
  }
  const show = (i: number, j: number): ShownCount =>
    !hidden[i]![j] ? grid[i]![j]! : isSmall(grid[i]![j]!) ? SUPPRESSED : SHIELDED;
  return {
    cells: cells.map((r, i) => r.map((_, j) => show(i, j))),
    rowTotals: cells.map((_, i) => show(i, cols)),
    columnTotals: Array.from({ length: cols }, (_, j) => show(rows, j)),
    total: show(rows, cols),
  };
}

/** A percentage (0–100, one decimal) of part over whole; null when there is no whole or the group is small. */
export function shownRate(part: number, whole: number, groupSize: number): number | null {
  if (whole === 0 || isSmall(groupSize)) return null;
  return Math.round((1000 * part) / whole) / 10;
}

/** Plain percentage for figures that are not about students (logs, hours, signals). */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
}

type Cell = readonly [number, number];

/**
 * A cross-table protected once as a whole (`shownCrossTab`), from which every filtered view takes its
 * figures (decision 073). A figure is the sum of a set of cells: a set that is one cell, one full row,
 * one full column or the whole table (zero cells aside: they are shown as 0 anyway) takes that figure's
 * protected value; any other sum is shown only when every cell in it is shown — then it is computable
 * from shown cells and tells nothing new — else it is hidden ("< 5" when small, else "x"). So whatever
 * views a person lines up, together they show nothing the protected table does not.
 */
export function protectedTable(cells: readonly (readonly number[])[]) {
  const shown = shownCrossTab(cells);
  const cols = cells.length ? cells[0]!.length : 0;
  const nonZero = (set: readonly Cell[]) => set.filter(([i, j]) => cells[i]![j]! > 0);
  const same = (a: readonly Cell[], b: readonly Cell[]) =>
    a.length === b.length && a.every(([i, j]) => b.some(([k, l]) => i === k && j === l));
  const rowOf = (i: number): Cell[] => Array.from({ length: cols }, (_, j) => [i, j] as const);
  const columnOf = (j: number): Cell[] => cells.map((_, i) => [i, j] as const);
  return {
    cell: (i: number, j: number): ShownCount => shown.cells[i]![j]!,
    /** The sum of these cells as it may be shown. */
    sum(set: readonly Cell[]): ShownCount {
      const parts = nonZero(set);
      const value = parts.reduce((n, [i, j]) => n + cells[i]![j]!, 0);
      if (parts.length === 0) return 0;
      if (parts.length === 1) return shown.cells[parts[0]![0]]![parts[0]![1]]!;
      if (same(parts, nonZero(cells.flatMap((_, i) => rowOf(i))))) return shown.total;
      for (let i = 0; i < cells.length; i++) if (same(parts, nonZero(rowOf(i)))) return shown.rowTotals[i]!;
      for (let j = 0; j < cols; j++) if (same(parts, nonZero(columnOf(j)))) return shown.columnTotals[j]!;
      if (parts.every(([i, j]) => typeof shown.cells[i]![j] === 'number')) return value;
      return isSmall(value) ? SUPPRESSED : SHIELDED;
    },
  };
}
