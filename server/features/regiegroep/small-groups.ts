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
 * Limits (docs/decisions/040-regiegroep.md): breakdowns are protected against their own total, not
 * against every combination of tables a person could line up.
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
      if (partner) {
        hidden[partner[0]]![partner[1]] = true;
        changed = true;
      }
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
